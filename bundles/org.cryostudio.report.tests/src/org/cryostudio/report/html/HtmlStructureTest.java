package org.cryostudio.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cryostudio.report.fixtures.SampleReport;
import org.cryostudio.report.fixtures.XmlHtml;
import org.cryostudio.report.model.Report;
import org.cryostudio.report.model.Section;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Reads the exported HTML with an XML parser and checks its structure, not just its text. */
class HtmlStructureTest {

	private final Report report = SampleReport.build(3);
	private final XmlHtml html = XmlHtml.parse(HtmlExporter.toHtml(report));

	@Test
	void hostileNamesAreTextNotMarkup() {
		assertEquals(List.of(), html.all("//script"), "no script element, although the fixture names one everywhere");
		assertTrue(html.text("//title").contains("<script>alert('x')</script> & \"quotes\""), html.text("//title"));
		assertTrue(html.text("//figcaption").contains("<script>"), "the caption shows the name as written");
		// every attribute value comes out as text too: no event handler attributes
		for (Element e : html.all("//*")) {
			for (int i = 0; i < e.getAttributes().getLength(); i++) {
				assertFalse(e.getAttributes().item(i).getNodeName().startsWith("on"), e.getTagName());
			}
		}
	}

	@Test
	void everyLinkOfTheContentsReachesItsSection() {
		Set<String> ids = new HashSet<>();
		html.all("//*[@id]").forEach(e -> ids.add(e.getAttribute("id")));
		List<Element> links = html.all("//nav[@class='toc']//a");
		assertEquals(report.allSections().size(), links.size());
		for (Element a : links) {
			assertTrue(ids.contains(a.getAttribute("href").substring(1)), a.getAttribute("href"));
		}
		for (Section s : report.allSections()) {
			assertEquals(1, html.all("//section[@id='" + s.id() + "']").size(), s.id());
		}
	}

	@Test
	void nothingIsLoadedFromOutside() {
		assertEquals(List.of(), html.all("//link | //img | //iframe | //object | //embed"));
		for (Element e : html.all("//*[@src or @href]")) {
			String ref = e.hasAttribute("src") ? e.getAttribute("src") : e.getAttribute("href");
			assertTrue(ref.startsWith("#"), "only links inside the document: " + ref);
		}
		assertEquals(1, html.all("//figure/*[local-name()='svg']").size(), "the chart is inline SVG");
	}

	@Test
	void tablesHaveOneCellPerColumn() {
		for (Element table : html.all("//table[thead]")) {
			int columns = html.all("//table").indexOf(table) >= 0 ? table.getElementsByTagName("th").getLength() : 0;
			var rows = table.getElementsByTagName("tbody").item(0).getChildNodes();
			for (int i = 0; i < rows.getLength(); i++) {
				if (rows.item(i) instanceof Element tr) {
					assertEquals(columns, tr.getElementsByTagName("td").getLength(), table.getTextContent());
				}
			}
		}
	}

	@Test
	void calculationHasItsThreeLinesAndWhereTable() {
		List<Element> calcs = html.all("//div[contains(@class,'calc')]");
		assertEquals(1, calcs.size());
		assertEquals(3, html.all("//div[contains(@class,'calc')]//table[@class='eq']//tr").size());
		assertEquals(3, html.all("//div[contains(@class,'calc')]//table[@class='where']//tr").size(), "one row per symbol");
	}
}
