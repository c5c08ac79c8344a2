package org.cryostudio.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;

/**
 * Chooses the whitespace between comments that takes the layout asked for the next token (its
 * line breaks and indentation): the first one that starts a new line, also when the line break is
 * the end of a {@code //} comment (Xtext looks at the whitespace alone and would indent only the
 * token, leaving a comment on the line between in column 0). The whitespace at the very start of a
 * file never counts: it is removed by {@link CommentAwareWhitespaceReplacer}, and the comments at the
 * top of a file keep the blank line that separates them from the first token. Comments before a
 * closing brace stay indented as the block's lines.
 */
final class FileStartAwareHiddenRegionReplacer extends HiddenRegionReplacer {

	FileStartAwareHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		super(region, formatting);
	}

	/** Around comments, one blank line is kept where the author put one (Xtext keeps none). */
	@Override
	protected void applyPriorityAndDefaultFormatting(List<ITextReplacer> replacers, IHiddenRegionFormatting separator) {
		super.applyPriorityAndDefaultFormatting(replacers, separator);
		for (ITextReplacer replacer : replacers) {
			if (replacer instanceof WhitespaceReplacer whitespace && whitespace.getFormatting() != separator
					&& whitespace.getRegion().getOffset() > 0) {
				whitespace.getFormatting().setNewLinesMax(2);
			}
		}
	}

	@Override
	protected WhitespaceReplacer findWhitespaceThatSeparatesSemanticRegions(List<ITextReplacer> replacers) {
		WhitespaceReplacer last = (WhitespaceReplacer) replacers.get(replacers.size() - 1);
		if (replacers.get(0).getRegion().getOffset() == 0) {
			return last; // comments at the top of the file: the layout goes between them and the first token
		}
		if (getFormatting().getIndentationDecrease() != null && getFormatting().getIndentationIncrease() == null) {
			return last; // comments before a closing brace belong inside the block, indented with it
		}
		boolean afterLineComment = false;
		for (ITextReplacer replacer : replacers) {
			if (replacer instanceof WhitespaceReplacer whitespace
					&& (afterLineComment || whitespace.getRegion().isMultiline())) {
				return whitespace;
			}
			afterLineComment |= replacer.getRegion().getText().endsWith("\n") && !(replacer instanceof WhitespaceReplacer);
		}
		return last;
	}
}
