package org.cryostudio.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cryostudio.report.fixtures.SampleReport;
import org.cryostudio.report.model.Report;
import org.cryostudio.report.model.Section;
import org.junit.jupiter.api.Test;

class HtmlExporterTest {

	private final Report report = SampleReport.build(2);
	private final String html = HtmlExporter.toHtml(report);

	@Test
	void userTextIsEscapedEverywhere() {
		// the fixture puts a script tag in the title, a table cell, a caption, a chart label, a finding...
		assertFalse(html.contains("<script"), "unescaped markup in the report");
		assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"));
		int escaped = count(html, "&lt;script&gt;");
		assertTrue(escaped >= 8, "the hostile name appears escaped in every place it is used: " + escaped);
	}

	@Test
	void isOneSelfContainedFile() {
		assertTrue(html.startsWith("<!DOCTYPE html>"));
		assertTrue(html.contains("<style>") && html.contains("@media print") && html.contains("@page"));
		assertFalse(Pattern.compile("(src|href)=\"(https?:|//|file:)").matcher(html).find(), "no external resource");
		assertFalse(html.contains("<link"));
		assertEquals(1, count(html, "<svg "), "the figure is inline SVG");
		assertTrue(html.contains("<figcaption><span class=\"label\">Figure 1.</span>"));
	}

	@Test
	void tableOfContentsLinksEverySection() {
		for (Section s : report.allSections()) {
			assertTrue(html.contains("<a href=\"#" + s.id() + "\">"), s.id());
			assertTrue(html.contains("<section id=\"" + s.id() + "\">"), s.id());
		}
		assertTrue(html.contains("<h3><span class=\"num\">3.1</span>"));
	}

	@Test
	void calculationShowsSymbolicSubstitutedAndResultLines() {
		Matcher m = Pattern.compile("<table class=\"eq\">(.*?)</table>", Pattern.DOTALL).matcher(html);
		assertTrue(m.find());
		String eq = m.group(1);
		assertEquals(3, count(eq, "<tr"));
		assertTrue(eq.contains("<var>p</var><sub>floor</sub>"), eq);
		assertTrue(eq.contains("√(<var>T</var><sub>g</sub> / <var>T</var><sub>s</sub>)"), eq);
		assertTrue(eq.contains("√(295\u00a0K / 12\u00a0K)"), eq);
		assertTrue(eq.contains("6.118 × 10<sup>−25</sup>\u00a0Pa"), eq);
	}

	@Test
	void sameReportGivesSameText() {
		assertEquals(html, HtmlExporter.toHtml(SampleReport.build(2)));
	}

	@Test
	void writesSampleForInspection() throws Exception {
		Path out = Path.of(System.getProperty("cryo.test.output", "target/test-output"));
		Files.createDirectories(out);
		Files.writeString(out.resolve("sample.html"), html);
		assertTrue(Files.size(out.resolve("sample.html")) > 1000);
	}

	private static int count(String s, String what) {
		int n = 0;
		for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
			n++;
		}
		return n;
	}
}
