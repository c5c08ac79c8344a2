package org.cryostudio.ui.editor.model;

import java.util.List;

/**
 * One element of a spec as the outline shows it.
 *
 * @param name            the element's name
 * @param detail          what it is (the language's detail, else the element's kind), may be empty
 * @param topLevel        whether it is a top-level element (a system), for the icon
 * @param offset          start of the whole element
 * @param length          length of the whole element
 * @param nameOffset      start of the name (what the editor selects)
 * @param nameLength      length of the name
 * @param children        nested elements
 */
public record OutlineItem(String name, String detail, boolean topLevel, int offset, int length, int nameOffset,
		int nameLength, List<OutlineItem> children) {

	public boolean contains(int at) {
		return at >= offset && at <= offset + length;
	}
}
