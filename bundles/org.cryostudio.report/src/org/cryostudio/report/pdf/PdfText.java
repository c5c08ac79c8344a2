package org.cryostudio.report.pdf;

import java.awt.Color;
import java.io.IOException;

import org.cryostudio.report.model.Text;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;

/**
 * Turns report text into PDF phrases with the fourteen standard fonts: Helvetica for prose,
 * Courier for spec text, Times italic for variables, and the Symbol font for the characters
 * Helvetica lacks (Greek letters, √, −, ≤). Standard fonts are not embedded, so the file carries no
 * font subset with a random name, and the same report gives the same bytes.
 */
final class PdfText {

	static final Color INK = new Color(0x1d, 0x23, 0x2b);
	static final Color MUTED = new Color(0x5b, 0x66, 0x73);

	private final BaseFont sans;
	private final BaseFont sansBold;
	private final BaseFont sansOblique;
	private final BaseFont mono;
	private final BaseFont serifItalic;
	private final BaseFont symbol;

	PdfText() {
		try {
			sans = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
			sansBold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
			sansOblique = BaseFont.createFont(BaseFont.HELVETICA_OBLIQUE, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
			mono = BaseFont.createFont(BaseFont.COURIER, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
			serifItalic = BaseFont.createFont(BaseFont.TIMES_ITALIC, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
			// the "Symbol" encoding maps Unicode (π, √, ≤) to the Symbol font's own code points
			symbol = BaseFont.createFont(BaseFont.SYMBOL, "Symbol", BaseFont.NOT_EMBEDDED);
		} catch (DocumentException | IOException e) {
			throw new IllegalStateException("standard PDF fonts unavailable", e);
		}
	}

	BaseFont sans() {
		return sans;
	}

	BaseFont bold() {
		return sansBold;
	}

	/** @return the text as a phrase in the given size and colour, prose set in Helvetica */
	Phrase phrase(Text text, float size, Color color) {
		return phrase(text, size, color, false);
	}

	/** @return the text as a phrase; {@code bold} sets plain spans in Helvetica Bold */
	Phrase phrase(Text text, float size, Color color, boolean bold) {
		Phrase p = new Phrase();
		p.setLeading(size * 1.38f);
		for (Text.Span span : text.spans()) {
			BaseFont font = switch (span.style()) {
				case PLAIN, SUBSCRIPT, SUPERSCRIPT -> bold ? sansBold : sans;
				case STRONG -> sansBold;
				case EMPHASIS -> sansOblique;
				case CODE -> mono;
				case VARIABLE -> serifItalic;
			};
			float s = switch (span.style()) {
				case SUBSCRIPT, SUPERSCRIPT -> size * 0.7f;
				case CODE -> size * 0.92f;
				case VARIABLE -> size * 1.12f;
				default -> size;
			};
			float rise = switch (span.style()) {
				case SUBSCRIPT -> -size * 0.22f;
				case SUPERSCRIPT -> size * 0.38f;
				default -> 0;
			};
			add(p, span.text(), font, s, color, rise);
		}
		return p;
	}

	/** @return a plain string as a phrase */
	Phrase phrase(String text, BaseFont font, float size, Color color) {
		Phrase p = new Phrase();
		p.setLeading(size * 1.38f);
		add(p, text, font, size, color, 0);
		return p;
	}

	/** Adds runs of one font; characters the font lacks go to Symbol, those neither has show as '?'. */
	private void add(Phrase p, String text, BaseFont font, float size, Color color, float rise) {
		StringBuilder run = new StringBuilder();
		BaseFont runFont = font;
		for (int i = 0; i < text.length(); i++) {
			char c = substitute(text.charAt(i));
			char shown = c;
			BaseFont f = font.charExists(c) ? font : symbol.charExists(c) ? symbol : font;
			if (f == font && !font.charExists(c)) {
				shown = c == '\u00a0' ? ' ' : '?';
			}
			if (f != runFont && run.length() > 0) {
				p.add(chunk(run.toString(), runFont, size, color, rise));
				run.setLength(0);
			}
			runFont = f;
			run.append(shown);
		}
		if (run.length() > 0) {
			p.add(chunk(run.toString(), runFont, size, color, rise));
		}
	}

	/** Characters neither font has, replaced by the nearest glyph that reads the same. */
	private static char substitute(char c) {
		return switch (c) {
			case '\u2212' -> '\u2013'; // minus sign: the en dash has its width in Helvetica
			case '\u2206' -> '\u0394'; // increment: Greek capital delta
			case '\u2009', '\u202f' -> '\u00a0'; // thin spaces
			default -> c;
		};
	}

	private static Chunk chunk(String s, BaseFont font, float size, Color color, float rise) {
		Chunk c = new Chunk(s, new Font(font, size, Font.NORMAL, color));
		if (rise != 0) {
			c.setTextRise(rise);
		}
		return c;
	}
}
