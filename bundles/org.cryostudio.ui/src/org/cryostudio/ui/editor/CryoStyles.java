package org.cryostudio.ui.editor;

import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/**
 * How each kind of text looks: the lexical styles (Xtext's {@link HighlightingStyles} ids) and the
 * semantic ones the editor adds on top (declared names, references, units).
 */
public final class CryoStyles {

	public static final String DECLARATION = "cryo.declaration";
	public static final String REFERENCE = "cryo.reference";
	public static final String UNIT = "cryo.unit";

	private static final Map<String, TextAttribute> STYLES = Map.of(
			HighlightingStyles.KEYWORD_ID, style(new RGB(127, 0, 85), SWT.BOLD),
			HighlightingStyles.COMMENT_ID, style(new RGB(63, 127, 95), SWT.ITALIC),
			HighlightingStyles.STRING_ID, style(new RGB(42, 0, 255), SWT.NORMAL),
			HighlightingStyles.NUMBER_ID, style(new RGB(16, 102, 153), SWT.NORMAL),
			HighlightingStyles.INVALID_TOKEN_ID, style(new RGB(200, 0, 0), SWT.NORMAL),
			DECLARATION, style(new RGB(0, 0, 160), SWT.BOLD),
			REFERENCE, style(new RGB(0, 80, 160), SWT.NORMAL),
			UNIT, style(new RGB(0, 128, 128), SWT.NORMAL));

	private CryoStyles() {
	}

	/** @return the style for that id, or null for plain text */
	public static TextAttribute of(String id) {
		return id == null ? null : STYLES.get(id);
	}

	private static TextAttribute style(RGB rgb, int fontStyle) {
		return new TextAttribute(new Color(rgb), null, fontStyle);
	}
}
