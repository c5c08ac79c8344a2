package org.cryostudio.dsl.formatting2;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * Counts the line break that ends a {@code //} comment as part of the whitespace after it, so
 * that a blank line after a commented line is kept like any other (Xtext's replacer compares the
 * allowed line count with the whitespace alone and drops that blank line). A file starts with its
 * first comment or token and ends with the line break of its last line.
 */
final class CommentAwareWhitespaceReplacer extends WhitespaceReplacer {

	CommentAwareWhitespaceReplacer(ITextSegment whitespace, IHiddenRegionFormatting formatting) {
		super(whitespace, formatting);
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		boolean end = getRegion().getEndOffset() == getRegion().getTextRegionAccess().regionForDocument().getEndOffset();
		if (getRegion().getOffset() > 0 && end) {
			// the file ends with exactly one line break (a line comment brings its own)
			context.addReplacement(getRegion().replaceWith(trailingNewLinesOfPreviousRegion() > 0 ? "" : "\n"));
			return context;
		}
		if (getRegion().getOffset() == 0) {
			context.addReplacement(getRegion().replaceWith("")); // nothing before the first comment or token
			return context;
		}
		return super.createReplacements(context);
	}

	@Override
	protected int computeNewLineCount(ITextReplacerContext context) {
		IHiddenRegionFormatting formatting = getFormatting();
		Integer min = formatting.getNewLineMin();
		Integer max = formatting.getNewLineMax();
		if (formatting.getNewLineDefault() == null && min == null && max == null) {
			return 0;
		}
		if (getRegion() instanceof IHiddenRegion hidden && hidden.isUndefined()) {
			return super.computeNewLineCount(context);
		}
		int lines = getRegion().getLineCount() - 1 + trailingNewLinesOfPreviousRegion();
		if (min != null && min > lines) {
			lines = min;
		}
		if (max != null && max < lines) {
			lines = max;
		}
		return lines;
	}
}
