package org.cryostudio.report.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Page furniture and navigation: the running head (report title) and foot (generator, "Page n
 * of m") on every page but the first, the page on which each section heading landed (for the
 * table of contents of the next pass) and the PDF bookmarks, nested like the sections.
 */
final class PageDecorator extends PdfPageEventHelper {

	/** A heading that gets a bookmark. */
	record Heading(String title, int depth) {
	}

	private final PdfText text;
	private final String title;
	private final String foot;
	private final int totalPages;
	private final Map<String, Heading> headings;
	private final Map<String, Integer> pages = new HashMap<>();
	private final List<PdfOutline> openOutlines = new ArrayList<>();

	/**
	 * @param totalPages the page count found by the previous pass, 0 when not known yet
	 * @param headings   section id to its numbered title and depth
	 */
	PageDecorator(PdfText text, String title, String foot, int totalPages, Map<String, Heading> headings) {
		this.text = text;
		this.title = title;
		this.foot = foot;
		this.totalPages = totalPages;
		this.headings = headings;
	}

	/** @return the page number of each section heading seen so far */
	Map<String, Integer> pages() {
		return pages;
	}

	@Override
	public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String id) {
		Heading h = headings.get(id);
		if (h == null || pages.containsKey(id)) {
			return;
		}
		pages.put(id, writer.getPageNumber());
		while (openOutlines.size() >= h.depth()) {
			openOutlines.remove(openOutlines.size() - 1);
		}
		PdfOutline parent = openOutlines.isEmpty() ? writer.getRootOutline() : openOutlines.get(openOutlines.size() - 1);
		PdfDestination destination = new PdfDestination(PdfDestination.XYZ, document.left() - 4, rect.getTop() + 14, 0);
		openOutlines.add(new PdfOutline(parent, destination, h.title(), h.depth() == 1));
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		int page = writer.getPageNumber();
		if (page == 1) {
			return;
		}
		PdfContentByte cb = writer.getDirectContent();
		float left = document.left();
		float right = document.right();
		float top = document.top() + 22;
		float bottom = document.bottom() - 26;
		ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, text.phrase(title, text.sans(), 8, PdfText.MUTED), left, top, 0);
		ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, text.phrase(foot, text.sans(), 8, PdfText.MUTED), left, bottom, 0);
		String number = totalPages > 0 ? "Page " + page + " of " + totalPages : "Page " + page;
		ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, text.phrase(number, text.sans(), 8, PdfText.MUTED), right, bottom, 0);
		cb.saveState();
		cb.setColorStroke(PdfBlocks.RULE);
		cb.setLineWidth(0.5f);
		cb.moveTo(left, top - 5);
		cb.lineTo(right, top - 5);
		cb.moveTo(left, bottom + 11);
		cb.lineTo(right, bottom + 11);
		cb.stroke();
		cb.restoreState();
	}
}
