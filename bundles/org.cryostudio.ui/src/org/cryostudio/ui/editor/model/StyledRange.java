package org.cryostudio.ui.editor.model;

/** A range of text and the style it gets from the language's meaning (see CryoStyles ids). */
public record StyledRange(int offset, int length, String style) {
}
