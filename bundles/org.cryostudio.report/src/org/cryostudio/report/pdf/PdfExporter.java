package org.cryostudio.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cryostudio.report.model.Block;
import org.cryostudio.report.model.BulletList;
import org.cryostudio.report.model.Calculation;
import org.cryostudio.report.model.Callout;
import org.cryostudio.report.model.Figure;
import org.cryostudio.report.model.Findings;
import org.cryostudio.report.model.Numbering;
import org.cryostudio.report.model.Paragraph;
import org.cryostudio.report.model.Report;
import org.cryostudio.report.model.Section;
import org.cryostudio.report.model.Table;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;

/**
 * Writes a report as an A4 PDF: a title page with the table of contents (page numbers, links),
 * numbered sections with bookmarks, running head and "Page n of m" foot, figures as vector
 * graphics. The document is laid out until the page numbers it cites are the pages it has (two
 * passes in practice). The same report gives the same bytes: standard fonts, creation date =
 * report date, a file identifier derived from the content.
 */
public final class PdfExporter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);
	private static final float MARGIN_SIDE = 56;
	private static final float MARGIN_TOP = 64;
	private static final float MARGIN_BOTTOM = 62;
	/** A heading needs this much room below it, or it starts the next page. */
	private static final float HEADING_ROOM = 110;
	private static final int MAX_PASSES = 4;

	private final Report report;
	private final Numbering numbering;
	private final PdfText text = new PdfText();

	private PdfExporter(Report report) {
		this.report = report;
		this.numbering = new Numbering(report);
	}

	public static void write(Report report, OutputStream out) throws IOException {
		out.write(toPdf(report));
		out.flush();
	}

	/** @return the PDF file */
	public static byte[] toPdf(Report report) {
		PdfExporter e = new PdfExporter(report);
		Map<String, Integer> pages = Map.of();
		int total = 0;
		Pass pass = null;
		for (int i = 0; i < MAX_PASSES; i++) {
			pass = e.render(pages, total);
			if (pass.pages().equals(pages) && pass.total() == total) {
				break;
			}
			pages = pass.pages();
			total = pass.total();
		}
		return PdfFileId.deterministic(pass.bytes());
	}

	private record Pass(byte[] bytes, Map<String, Integer> pages, int total) {
	}

	private Pass render(Map<String, Integer> tocPages, int totalPages) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
		Document doc = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
		PdfWriter writer;
		try {
			writer = PdfWriter.getInstance(doc, bytes);
		} catch (DocumentException e) {
			throw new IllegalStateException(e);
		}
		Map<String, PageDecorator.Heading> headings = new HashMap<>();
		for (Section s : report.allSections()) {
			headings.put(s.id(), new PageDecorator.Heading(numbering.of(s) + "  " + s.title(), numbering.depth(s)));
		}
		PageDecorator decorator = new PageDecorator(text, report.title(), report.generator() + " · " + DATE.format(report.date()),
				totalPages, headings);
		writer.setPageEvent(decorator);
		writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
		doc.addTitle(report.title());
		if (!report.subtitle().isEmpty()) {
			doc.addSubject(report.subtitle());
		}
		doc.addCreator(report.generator());
		doc.open();
		PdfDate date = new PdfDate(GregorianCalendar.from(report.date()));
		writer.getInfo().put(PdfName.CREATIONDATE, date);
		writer.getInfo().put(PdfName.MODDATE, date);
		writer.getInfo().put(PdfName.PRODUCER, new PdfString(report.generator() + " with OpenPDF"));
		PdfBlocks blocks = new PdfBlocks(text, writer.getDirectContent(), doc.right() - doc.left());
		try {
			titlePage(doc, tocPages);
			doc.newPage();
			for (Section s : report.sections()) {
				section(doc, writer, blocks, s);
			}
		} catch (DocumentException e) {
			throw new IllegalStateException("report layout failed: " + e.getMessage(), e);
		}
		int pages = writer.getPageNumber();
		doc.close();
		return new Pass(bytes.toByteArray(), Map.copyOf(decorator.pages()), pages);
	}

	private void titlePage(Document doc, Map<String, Integer> pages) throws DocumentException {
		com.lowagie.text.Paragraph title = new com.lowagie.text.Paragraph(text.phrase(report.title(), text.bold(), 21, PdfText.INK));
		title.setLeading(26);
		title.setSpacingBefore(40);
		doc.add(title);
		if (!report.subtitle().isEmpty()) {
			com.lowagie.text.Paragraph sub = new com.lowagie.text.Paragraph(text.phrase(report.subtitle(), text.sans(), 12.5f, PdfText.MUTED));
			sub.setSpacingBefore(4);
			doc.add(sub);
		}
		com.lowagie.text.Paragraph meta = new com.lowagie.text.Paragraph(text.phrase(
				"Generated " + DATE.format(report.date()) + " by " + report.generator(), text.sans(), 9, PdfText.MUTED));
		meta.setSpacingBefore(8);
		meta.setSpacingAfter(26);
		doc.add(meta);
		com.lowagie.text.Paragraph contents = new com.lowagie.text.Paragraph(text.phrase("Contents", text.bold(), 13, PdfText.INK));
		contents.setSpacingAfter(8);
		doc.add(contents);
		tocEntries(doc, report.sections(), pages);
	}

	private void tocEntries(Document doc, List<Section> sections, Map<String, Integer> pages) throws DocumentException {
		for (Section s : sections) {
			int depth = numbering.depth(s);
			boolean top = depth == 1;
			float size = top ? 10 : 9.5f;
			Phrase line = new Phrase();
			line.setLeading(size * 1.5f);
			Phrase label = text.phrase(numbering.of(s) + "   " + s.title(), top ? text.bold() : text.sans(), size, PdfText.INK);
			for (Element e : label.getChunks()) {
				((Chunk) e).setLocalGoto(s.id());
				line.add(e);
			}
			DottedLineSeparator dots = new DottedLineSeparator();
			dots.setGap(3);
			dots.setLineColor(PdfBlocks.RULE);
			dots.setOffset(-1);
			Chunk leader = new Chunk(dots);
			// a separator chunk without a font of its own makes OpenPDF embed its fallback font
			leader.setFont(new Font(text.sans(), size, Font.NORMAL, PdfText.INK));
			line.add(leader);
			Integer page = pages.get(s.id());
			Chunk number = new Chunk(page == null ? "0" : Integer.toString(page),
					new Font(top ? text.bold() : text.sans(), size, Font.NORMAL, PdfText.INK));
			number.setLocalGoto(s.id());
			line.add(number);
			com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(line);
			p.setIndentationLeft((depth - 1) * 16);
			p.setSpacingBefore(top ? 3 : 0);
			doc.add(p);
			tocEntries(doc, s.subsections(), pages);
		}
	}

	private void section(Document doc, PdfWriter writer, PdfBlocks blocks, Section s) throws DocumentException {
		int depth = numbering.depth(s);
		if (writer.getVerticalPosition(true) - doc.bottom() < HEADING_ROOM) {
			doc.newPage();
		}
		float size = switch (depth) {
			case 1 -> 14.5f;
			case 2 -> 12f;
			default -> 10.5f;
		};
		Phrase heading = new Phrase();
		Chunk number = new Chunk(numbering.of(s) + "   ", new Font(text.bold(), size, Font.NORMAL, PdfText.MUTED));
		number.setLocalDestination(s.id());
		number.setGenericTag(s.id());
		heading.add(number);
		heading.add(text.phrase(s.title(), text.bold(), size, PdfText.INK));
		com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(heading);
		p.setLeading(size * 1.3f);
		p.setSpacingBefore(depth == 1 ? 18 : 12);
		p.setSpacingAfter(depth == 1 ? 8 : 5);
		p.setKeepTogether(true);
		doc.add(p);
		for (Block b : s.blocks()) {
			doc.add(element(blocks, b));
		}
		for (Section sub : s.subsections()) {
			section(doc, writer, blocks, sub);
		}
	}

	private Element element(PdfBlocks blocks, Block b) {
		return switch (b) {
			case Paragraph p -> blocks.paragraph(p);
			case Callout c -> blocks.callout(c);
			case BulletList l -> blocks.bullets(l);
			case Table t -> blocks.table(t);
			case Calculation c -> blocks.calculation(c);
			case Figure f -> blocks.figure(f, numbering.of(f));
			case Findings f -> blocks.findings(f);
		};
	}
}
