package org.cryostudio.diagram.core.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.EnumMap;
import java.util.Map;

/**
 * Text metrics from Java2D fonts, without a display: the one measure every output uses, so a
 * scene laid out for the editor is the same scene exported to SVG or PNG. Line heights are fixed
 * multiples of the font size, which keeps vertical layout identical on every platform.
 */
public final class AwtTextMeasure implements TextMeasure {

	/** the family asked for first; Java2D falls back to its logical sans-serif font */
	public static final String FAMILY = "DejaVu Sans";

	private static final AwtTextMeasure INSTANCE = new AwtTextMeasure();

	private final FontRenderContext context = new FontRenderContext(new AffineTransform(), true, true);
	private final Map<TextStyle, Font> fonts = new EnumMap<>(TextStyle.class);

	private AwtTextMeasure() {
		for (TextStyle s : TextStyle.values()) {
			fonts.put(s, new Font(FAMILY, s.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) s.size()));
		}
	}

	public static AwtTextMeasure get() {
		return INSTANCE;
	}

	public Font font(TextStyle style) {
		return fonts.get(style);
	}

	@Override
	public double width(String text, TextStyle style) {
		if (text.isEmpty()) {
			return 0;
		}
		synchronized (context) {
			return fonts.get(style).getStringBounds(text, context).getWidth();
		}
	}

	@Override
	public double lineHeight(TextStyle style) {
		return Math.ceil(style.size() * 1.4);
	}
}
