package org.cryostudio.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;

/**
 * For the comments at the top of a file: the line breaks before the first comment are not the ones
 * that separate it from the first token, so the layout asked for that token ("keep one blank line")
 * goes to the whitespace after the comments. The whitespace at the very start of the file is removed
 * by {@link CommentAwareWhitespaceReplacer}.
 */
final class FileStartAwareHiddenRegionReplacer extends HiddenRegionReplacer {

	FileStartAwareHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		super(region, formatting);
	}

	@Override
	protected WhitespaceReplacer findWhitespaceThatSeparatesSemanticRegions(List<ITextReplacer> replacers) {
		WhitespaceReplacer last = null;
		boolean wrapped = false;
		for (ITextReplacer replacer : replacers) {
			if (replacer instanceof WhitespaceReplacer whitespace) {
				last = whitespace;
				if (whitespace.getRegion().getOffset() == 0) {
					continue;
				}
				wrapped |= whitespace.getRegion().isMultiline();
				if (wrapped) {
					return whitespace;
				}
			}
		}
		return last;
	}
}
