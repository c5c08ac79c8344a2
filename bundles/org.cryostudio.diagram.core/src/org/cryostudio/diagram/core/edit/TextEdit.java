package org.cryostudio.diagram.core.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One replacement in a spec's text: {@code length} characters at {@code offset} become {@code text}. */
public record TextEdit(int offset, int length, String text) {

	public int end() {
		return offset + length;
	}

	/** @return {@code original} with the non-overlapping {@code edits} applied (in any order) */
	public static String apply(String original, List<TextEdit> edits) {
		StringBuilder sb = new StringBuilder(original);
		for (TextEdit e : descending(edits)) {
			sb.replace(e.offset, e.end(), e.text);
		}
		return sb.toString();
	}

	/** @return the edits from the end of the text backwards, the order that keeps offsets valid */
	public static List<TextEdit> descending(List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(TextEdit::offset).reversed());
		return sorted;
	}
}
