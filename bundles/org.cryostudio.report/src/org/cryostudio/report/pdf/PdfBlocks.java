package org.cryostudio.report.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cryostudio.report.model.Binding;
import org.cryostudio.report.model.BulletList;
import org.cryostudio.report.model.Calculation;
import org.cryostudio.report.model.Callout;
import org.cryostudio.report.model.Figure;
import org.cryostudio.report.model.Finding;
import org.cryostudio.report.model.Findings;
import org.cryostudio.report.model.FormulaText;
import org.cryostudio.report.model.Paragraph;
import org.cryostudio.report.model.Symbol;
import org.cryostudio.report.model.Table;
import org.cryostudio.report.model.Text;
import org.cryostudio.report.model.Tone;
import org.cryostudio.report.model.ValueText;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * Lays out the blocks of the report model as OpenPDF elements: paragraphs, boxed callouts,
 * tables with a repeated header row, calculations kept on one page, and figures drawn as vector
 * graphics through PdfGraphics2D.
 */
final class PdfBlocks {

	static final Color RULE = new Color(0xd5, 0xdb, 0xe2);
	static final Color BAND = new Color(0xf4, 0xf6, 0xf8);
	static final Color ACCENT = new Color(0x1f, 0x5f, 0x99);

	static final float BODY = 9.5f;
	private static final float SMALL = 8.5f;

	private final PdfText text;
	private final PdfContentByte canvas;
	private final float width;

	/**
	 * @param canvas the writer's direct content (figures become templates of it)
	 * @param width  the text width in points
	 */
	PdfBlocks(PdfText text, PdfContentByte canvas, float width) {
		this.text = text;
		this.canvas = canvas;
		this.width = width;
	}

	Element paragraph(Paragraph p) {
		com.lowagie.text.Paragraph para = new com.lowagie.text.Paragraph(text.phrase(p.text(), BODY, PdfText.INK));
		para.setSpacingAfter(5);
		return para;
	}

	Element callout(Callout c) {
		PdfPCell cell = new PdfPCell(text.phrase(c.text(), BODY, PdfText.INK));
		cell.setBorder(Rectangle.LEFT);
		cell.setBorderWidthLeft(3);
		cell.setBorderColorLeft(c.tone() == Tone.NEUTRAL ? ACCENT : foreground(c.tone()));
		cell.setBackgroundColor(BAND);
		cell.setPaddingLeft(9);
		cell.setPaddingTop(5);
		cell.setPaddingBottom(7);
		cell.setPaddingRight(8);
		PdfPTable box = full(1);
		box.addCell(cell);
		box.setSpacingBefore(4);
		box.setSpacingAfter(8);
		box.setKeepTogether(true);
		return box;
	}

	Element bullets(BulletList l) {
		com.lowagie.text.List list = new com.lowagie.text.List(false, 11);
		list.setListSymbol(new Chunk("\u2022", new com.lowagie.text.Font(text.sans(), BODY, com.lowagie.text.Font.NORMAL, PdfText.MUTED)));
		for (Text item : l.items()) {
			ListItem li = new ListItem(text.phrase(item, BODY, PdfText.INK));
			li.setSpacingAfter(2);
			list.add(li);
		}
		com.lowagie.text.Paragraph wrapper = new com.lowagie.text.Paragraph();
		wrapper.add(list);
		wrapper.setSpacingAfter(6);
		return wrapper;
	}

	Element table(Table t) {
		PdfPTable table = full(t.columns().size());
		float[] weights = new float[t.columns().size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = t.columns().get(i).weight();
		}
		setWidths(table, weights);
		table.setHeaderRows(1);
		table.setSpacingBefore(3);
		table.setSpacingAfter(10);
		if (!t.caption().isEmpty()) {
			table.setHeaderRows(2);
			PdfPCell caption = new PdfPCell(text.phrase(t.caption(), text.bold(), BODY, PdfText.INK));
			caption.setColspan(weights.length);
			caption.setBorder(Rectangle.NO_BORDER);
			caption.setPaddingLeft(0);
			caption.setPaddingBottom(4);
			table.addCell(caption);
		}
		for (Table.Column c : t.columns()) {
			PdfPCell h = new PdfPCell(text.phrase(c.header(), SMALL, PdfText.INK, true));
			h.setBorder(Rectangle.BOTTOM);
			h.setBorderWidthBottom(1.1f);
			h.setBorderColorBottom(PdfText.INK);
			h.setHorizontalAlignment(align(c.align()));
			h.setVerticalAlignment(Element.ALIGN_BOTTOM);
			pad(h);
			table.addCell(h);
		}
		for (List<Table.Cell> row : t.rows()) {
			for (int i = 0; i < row.size(); i++) {
				Table.Cell cell = row.get(i);
				boolean emphasised = cell.tone() == Tone.GOOD || cell.tone() == Tone.BAD;
				PdfPCell c = new PdfPCell(text.phrase(cell.text(), SMALL, foreground(cell.tone()), emphasised));
				c.setBorder(Rectangle.BOTTOM);
				c.setBorderWidthBottom(0.5f);
				c.setBorderColorBottom(RULE);
				c.setHorizontalAlignment(align(t.columns().get(i).align()));
				if (cell.tone() != Tone.NEUTRAL) {
					c.setBackgroundColor(background(cell.tone()));
				}
				pad(c);
				table.addCell(c);
			}
		}
		return table;
	}

	Element calculation(Calculation calc) {
		PdfPTable eq = new PdfPTable(3);
		eq.setHorizontalAlignment(Element.ALIGN_LEFT);
		eq.setWidthPercentage(100);
		Phrase lhs = text.phrase(calc.result().text(), 10.5f, PdfText.INK);
		Map<Symbol, Binding> values = calc.bindings().stream().collect(Collectors.toMap(Binding::symbol, b -> b));
		Phrase symbolic = text.phrase(FormulaText.symbolic(calc.expression()), 10.5f, PdfText.INK);
		Phrase substituted = text.phrase(FormulaText.substituted(calc.expression(), values), 10.5f, PdfText.INK);
		Phrase result = text.phrase(ValueText.quantity(calc.value(), ValueText.RESULT_DIGITS), 10.5f, PdfText.INK, true);
		float lhsWidth = Math.max(28, text.sans().getWidthPoint(calc.result().toString(), 11) + 12);
		setWidths(eq, new float[] { lhsWidth, 12, width - 24 - lhsWidth - 12 });
		equationRow(eq, lhs, symbolic);
		equationRow(eq, text.phrase("", text.sans(), 10.5f, PdfText.INK), substituted);
		equationRow(eq, text.phrase("", text.sans(), 10.5f, PdfText.INK), result);

		PdfPTable box = full(1);
		box.setKeepTogether(true);
		box.setSpacingBefore(4);
		box.setSpacingAfter(10);
		PdfPCell body = new PdfPCell();
		body.setBorderColor(RULE);
		body.setBorderWidth(0.6f);
		if (calc.tone() != Tone.NEUTRAL) {
			body.setBorderWidthLeft(3);
			body.setBorderColorLeft(foreground(calc.tone()));
		}
		body.setPadding(9);
		body.setPaddingTop(6);
		com.lowagie.text.Paragraph title = new com.lowagie.text.Paragraph(text.phrase(calc.title(), BODY + 0.5f, PdfText.INK, true));
		title.setSpacingAfter(3);
		body.addElement(title);
		body.addElement(eq);
		if (!calc.bindings().isEmpty()) {
			PdfPTable where = new PdfPTable(4);
			where.setWidthPercentage(100);
			setWidths(where, new float[] { 9, 34, 18, 39 });
			PdfPCell caption = new PdfPCell(text.phrase(Text.of("where", Text.Style.EMPHASIS), SMALL, PdfText.MUTED));
			caption.setColspan(4);
			caption.setBorder(Rectangle.NO_BORDER);
			caption.setPadding(2);
			where.addCell(caption);
			for (Binding b : calc.bindings()) {
				where.addCell(whereCell(b.symbol().text(), Element.ALIGN_LEFT));
				where.addCell(whereCell(b.meaning(), Element.ALIGN_LEFT));
				where.addCell(whereCell(b.valueText(), Element.ALIGN_RIGHT));
				where.addCell(whereCell(b.origin(), Element.ALIGN_LEFT));
			}
			body.addElement(where);
		}
		for (Text note : calc.notes()) {
			com.lowagie.text.Paragraph n = new com.lowagie.text.Paragraph(text.phrase(Text.plain("\u2022 ").then(note), SMALL, PdfText.MUTED));
			n.setSpacingBefore(2);
			body.addElement(n);
		}
		box.addCell(body);
		return box;
	}

	private PdfPCell whereCell(Text t, int align) {
		PdfPCell c = new PdfPCell(text.phrase(t, SMALL, PdfText.INK));
		c.setBorder(Rectangle.TOP);
		c.setBorderColorTop(RULE);
		c.setBorderWidthTop(0.4f);
		c.setHorizontalAlignment(align);
		c.setPadding(2.5f);
		c.setPaddingBottom(3.5f);
		return c;
	}

	private void equationRow(PdfPTable eq, Phrase lhs, Phrase rhs) {
		PdfPCell l = new PdfPCell(lhs);
		l.setHorizontalAlignment(Element.ALIGN_RIGHT);
		PdfPCell rel = new PdfPCell(text.phrase("=", text.sans(), 10.5f, PdfText.INK));
		rel.setHorizontalAlignment(Element.ALIGN_CENTER);
		PdfPCell r = new PdfPCell(rhs);
		for (PdfPCell c : new PdfPCell[] { l, rel, r }) {
			c.setBorder(Rectangle.NO_BORDER);
			c.setPadding(1.5f);
			c.setPaddingBottom(4);
			eq.addCell(c);
		}
	}

	Element figure(Figure f, int number) {
		PdfTemplate template = canvas.createTemplate(f.width(), f.height());
		Graphics2D g = template.createGraphics(f.width(), f.height(), new DefaultFontMapper());
		try {
			f.drawing().draw(g, new Rectangle2D.Double(0, 0, f.width(), f.height()));
		} finally {
			g.dispose();
		}
		Image image;
		try {
			image = Image.getInstance(template);
		} catch (BadElementException e) {
			throw new IllegalStateException("figure " + f.id() + " cannot be placed", e);
		}
		float scale = Math.min(1f, width / f.width());
		image.scalePercent(scale * 100);
		image.setAlignment(Element.ALIGN_CENTER);
		PdfPTable box = full(1);
		box.setKeepTogether(true);
		box.setSpacingBefore(6);
		box.setSpacingAfter(10);
		PdfPCell art = new PdfPCell(image, false);
		art.setBorder(Rectangle.NO_BORDER);
		art.setHorizontalAlignment(Element.ALIGN_CENTER);
		box.addCell(art);
		Text caption = Text.strong("Figure " + number + ". ").then(f.caption());
		PdfPCell cap = new PdfPCell(text.phrase(caption, SMALL, PdfText.MUTED));
		cap.setBorder(Rectangle.NO_BORDER);
		cap.setHorizontalAlignment(Element.ALIGN_CENTER);
		cap.setPaddingTop(4);
		box.addCell(cap);
		return box;
	}

	Element findings(Findings f) {
		if (f.findings().isEmpty()) {
			return paragraph(Paragraph.of("No findings: the spec parses, links and validates cleanly."));
		}
		Table t = new Table("", List.of(Table.Column.left("Severity", 11), Table.Column.left("Location", 24),
				Table.Column.left("Message", 50), Table.Column.left("Code", 15)),
				f.findings().stream().map(PdfBlocks::row).toList());
		return table(t);
	}

	private static List<Table.Cell> row(Finding x) {
		return List.of(new Table.Cell(Text.plain(x.severity().label()), x.severity().tone()), Table.Cell.code(x.location()),
				Table.Cell.of(x.message()), Table.Cell.code(x.code()));
	}

	private PdfPTable full(int columns) {
		PdfPTable t = new PdfPTable(columns);
		t.setTotalWidth(width);
		t.setLockedWidth(true);
		t.setHorizontalAlignment(Element.ALIGN_LEFT);
		return t;
	}

	private static void setWidths(PdfPTable t, float[] w) {
		try {
			t.setWidths(w);
		} catch (com.lowagie.text.DocumentException e) {
			throw new IllegalArgumentException(e);
		}
	}

	private static void pad(PdfPCell c) {
		c.setPaddingLeft(4);
		c.setPaddingRight(4);
		c.setPaddingTop(2.5f);
		c.setPaddingBottom(4.5f);
	}

	private static int align(Table.Align a) {
		return switch (a) {
			case LEFT -> Element.ALIGN_LEFT;
			case RIGHT -> Element.ALIGN_RIGHT;
			case CENTER -> Element.ALIGN_CENTER;
		};
	}

	static Color foreground(Tone t) {
		return switch (t) {
			case NEUTRAL -> PdfText.INK;
			case GOOD -> new Color(0x1c, 0x7a, 0x3e);
			case BAD -> new Color(0xb3, 0x26, 0x1e);
			case CAUTION -> new Color(0x8a, 0x5a, 0x00);
			case MUTED -> PdfText.MUTED;
		};
	}

	private static Color background(Tone t) {
		return switch (t) {
			case NEUTRAL -> Color.WHITE;
			case GOOD -> new Color(0xe6, 0xf4, 0xea);
			case BAD -> new Color(0xfb, 0xe9, 0xe7);
			case CAUTION -> new Color(0xff, 0xf4, 0xdc);
			case MUTED -> new Color(0xee, 0xf0, 0xf3);
		};
	}
}
