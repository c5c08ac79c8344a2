package org.cryostudio.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;

/** Finds the identifier (or number) around an offset, e.g. for hovers and links. */
public final class Words {

	private Words() {
	}

	/**
	 * @param qualified whether dots join parts of one name (a.b.c)
	 * @return the word around the offset, or an empty region there
	 */
	public static IRegion at(IDocument document, int offset, boolean qualified) {
		try {
			int start = offset;
			while (start > 0 && isPart(document.getChar(start - 1), qualified)) {
				start--;
			}
			int end = offset;
			while (end < document.getLength() && isPart(document.getChar(end), qualified)) {
				end++;
			}
			return new Region(start, end - start);
		} catch (BadLocationException e) {
			return new Region(offset, 0);
		}
	}

	private static boolean isPart(char c, boolean qualified) {
		return Character.isLetterOrDigit(c) || c == '_' || qualified && c == '.';
	}
}
