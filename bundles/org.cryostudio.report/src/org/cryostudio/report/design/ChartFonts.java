package org.cryostudio.report.design;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The font of report charts: Liberation Sans, which has the advance widths of Helvetica. Charts
 * are laid out with the metrics of their Java font and the PDF sets them in standard Helvetica;
 * with a metric-compatible font the PDF text keeps its natural spacing instead of being stretched
 * to the widths of whatever sans-serif font the machine has. The font file is the one OpenPDF
 * ships for its own fallback; without it, the logical SansSerif font is used.
 */
public final class ChartFonts {

	private static final Font BASE = load();

	private ChartFonts() {
	}

	/** @return the chart font in a style and size */
	public static Font of(int style, float size) {
		return BASE.deriveFont(style, size);
	}

	private static Font load() {
		try (InputStream in = com.lowagie.text.pdf.BaseFont.class.getClassLoader()
				.getResourceAsStream("font-fallback/LiberationSans-Regular.ttf")) {
			if (in != null) {
				return Font.createFont(Font.TRUETYPE_FONT, in);
			}
		} catch (IOException | FontFormatException e) {
			// fall through to the logical font
		}
		return new Font(Font.SANS_SERIF, Font.PLAIN, 10);
	}
}
