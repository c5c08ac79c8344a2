package org.cryostudio.report.html;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cryostudio.report.model.Binding;
import org.cryostudio.report.model.Block;
import org.cryostudio.report.model.BulletList;
import org.cryostudio.report.model.Calculation;
import org.cryostudio.report.model.Callout;
import org.cryostudio.report.model.Figure;
import org.cryostudio.report.model.Finding;
import org.cryostudio.report.model.Findings;
import org.cryostudio.report.model.FormulaText;
import org.cryostudio.report.model.Numbering;
import org.cryostudio.report.model.Paragraph;
import org.cryostudio.report.model.Report;
import org.cryostudio.report.model.Section;
import org.cryostudio.report.model.Table;
import org.cryostudio.report.model.Text;
import org.cryostudio.report.model.Tone;
import org.cryostudio.report.model.ValueText;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes a report as one self-contained HTML5 file: the style sheet inline, figures inline as
 * SVG, no scripts and no external resources, so it can be archived beside the design, attached
 * to a review and printed (print style: A4, page numbers, no breaks inside tables or figures).
 * The markup is also well-formed XML (void elements closed, no named entities), so tools and
 * tests can read it with any XML parser.
 */
public final class HtmlExporter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);
	private static final String CSS = loadCss();

	private final StringBuilder out = new StringBuilder(64 * 1024);
	private final Report report;
	private final Numbering numbering;

	private HtmlExporter(Report report) {
		this.report = report;
		this.numbering = new Numbering(report);
	}

	/** Writes the report (UTF-8 is the caller's encoding of {@code writer}). */
	public static void write(Report report, Writer writer) throws IOException {
		writer.write(toHtml(report));
		writer.flush();
	}

	/** @return the whole document */
	public static String toHtml(Report report) {
		HtmlExporter e = new HtmlExporter(report);
		e.document();
		return e.out.toString();
	}

	/** @return the style sheet the document embeds */
	public static String css() {
		return CSS;
	}

	private void document() {
		out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
				.append("<meta name=\"generator\" content=\"").append(Html.escape(report.generator())).append("\" />\n")
				.append("<title>").append(Html.escape(report.title())).append("</title>\n")
				.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
		out.append("<header class=\"title-block\">\n<h1>").append(Html.escape(report.title())).append("</h1>\n");
		if (!report.subtitle().isEmpty()) {
			out.append("<p class=\"subtitle\">").append(Html.escape(report.subtitle())).append("</p>\n");
		}
		out.append("<p class=\"meta\">Generated ").append(Html.escape(DATE.format(report.date()))).append(" by ")
				.append(Html.escape(report.generator())).append("</p>\n</header>\n");
		toc();
		out.append("<main>\n");
		report.sections().forEach(this::section);
		out.append("</main>\n<footer>").append(Html.escape(report.title())).append(" · ")
				.append(Html.escape(report.generator())).append("</footer>\n</body>\n</html>\n");
	}

	private void toc() {
		out.append("<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n");
		tocList(report.sections());
		out.append("</nav>\n");
	}

	private void tocList(List<Section> sections) {
		if (sections.isEmpty()) {
			return;
		}
		out.append("<ol>\n");
		for (Section s : sections) {
			out.append("<li><a href=\"#").append(Html.escape(s.id())).append("\"><span class=\"num\">")
					.append(numbering.of(s)).append("</span>").append(Html.escape(s.title())).append("</a>");
			tocList(s.subsections());
			out.append("</li>\n");
		}
		out.append("</ol>\n");
	}

	private void section(Section s) {
		int level = Math.min(numbering.depth(s) + 1, 4);
		out.append("<section id=\"").append(Html.escape(s.id())).append("\">\n<h").append(level).append("><span class=\"num\">")
				.append(numbering.of(s)).append("</span>").append(Html.escape(s.title())).append("</h").append(level).append(">\n");
		s.blocks().forEach(this::block);
		s.subsections().forEach(this::section);
		out.append("</section>\n");
	}

	private void block(Block block) {
		switch (block) {
			case Paragraph p -> out.append("<p>").append(text(p.text())).append("</p>\n");
			case Callout c -> out.append("<div class=\"callout ").append(tone(c.tone())).append("\">")
					.append(text(c.text())).append("</div>\n");
			case BulletList l -> {
				out.append("<ul class=\"bullets\">\n");
				l.items().forEach(i -> out.append("<li>").append(text(i)).append("</li>\n"));
				out.append("</ul>\n");
			}
			case Table t -> table(t);
			case Calculation c -> calculation(c);
			case Figure f -> figure(f);
			case Findings f -> findings(f);
		}
	}

	private void table(Table t) {
		out.append("<table>\n");
		if (!t.caption().isEmpty()) {
			out.append("<caption>").append(Html.escape(t.caption())).append("</caption>\n");
		}
		out.append("<thead><tr>");
		for (Table.Column c : t.columns()) {
			out.append("<th").append(alignClass(c.align(), "")).append(">").append(text(c.header())).append("</th>");
		}
		out.append("</tr></thead>\n<tbody>\n");
		for (List<Table.Cell> row : t.rows()) {
			out.append("<tr>");
			for (int i = 0; i < row.size(); i++) {
				Table.Cell cell = row.get(i);
				out.append("<td").append(alignClass(t.columns().get(i).align(), tone(cell.tone()))).append(">")
						.append(text(cell.text())).append("</td>");
			}
			out.append("</tr>\n");
		}
		out.append("</tbody>\n</table>\n");
	}

	private void calculation(Calculation c) {
		out.append("<div class=\"calc").append(c.tone() == Tone.NEUTRAL ? "" : " " + tone(c.tone())).append("\">\n<h4>")
				.append(text(c.title())).append("</h4>\n<table class=\"eq\">\n");
		Map<org.cryostudio.report.model.Symbol, Binding> values = c.bindings().stream()
				.collect(Collectors.toMap(Binding::symbol, b -> b));
		equationRow("", text(c.result().text()), text(FormulaText.symbolic(c.expression())));
		equationRow("", "", text(FormulaText.substituted(c.expression(), values)));
		equationRow(" class=\"result\"", "", text(ValueText.quantity(c.value(), ValueText.RESULT_DIGITS)));
		out.append("</table>\n");
		if (!c.bindings().isEmpty()) {
			out.append("<table class=\"where\">\n<caption>where</caption>\n<tbody>\n");
			for (Binding b : c.bindings()) {
				out.append("<tr><td>").append(text(b.symbol().text())).append("</td><td>").append(text(b.meaning()))
						.append("</td><td class=\"right\">").append(text(b.valueText())).append("</td><td>")
						.append(text(b.origin())).append("</td></tr>\n");
			}
			out.append("</tbody>\n</table>\n");
		}
		if (!c.notes().isEmpty()) {
			out.append("<ul class=\"notes\">\n");
			c.notes().forEach(n -> out.append("<li>").append(text(n)).append("</li>\n"));
			out.append("</ul>\n");
		}
		out.append("</div>\n");
	}

	private void equationRow(String rowClass, String lhs, String rhs) {
		out.append("<tr").append(rowClass).append("><td class=\"lhs\">").append(lhs).append("</td><td>=</td><td class=\"rhs\">")
				.append(rhs).append("</td></tr>\n");
	}

	private void figure(Figure f) {
		SVGGraphics2D g = new SVGGraphics2D(f.width(), f.height());
		// fixed prefix: JFreeSVG's default is time-based, and several SVGs share one document
		g.setDefsKeyPrefix(f.id() + "-");
		// the reader's sans-serif (chart fonts are metric twins of Helvetica), monospace kept; no quotes:
		// JFreeSVG writes the family into a single-quoted attribute
		g.setFontFunction(family -> family.toLowerCase(Locale.ROOT).contains("mono") ? "monospace"
				: family.toLowerCase(Locale.ROOT).contains("serif") && !family.toLowerCase(Locale.ROOT).contains("sans") ? "serif"
						: "Helvetica, Arial, Liberation Sans, sans-serif");
		f.drawing().draw(g, new Rectangle2D.Double(0, 0, f.width(), f.height()));
		String svg = g.getSVGElement(f.id() + "-svg", false, new ViewBox(0, 0, f.width(), f.height()), null, null);
		out.append("<figure id=\"").append(Html.escape(f.id())).append("\" style=\"max-width:")
				.append(Math.round(f.width() * 4 / 3)).append("px;margin-left:auto;margin-right:auto\">\n")
				.append(svg.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + Html.escape(f.caption().plainText()) + "\" "))
				.append("\n<figcaption><span class=\"label\">Figure ").append(numbering.of(f)).append(".</span> ")
				.append(text(f.caption())).append("</figcaption>\n</figure>\n");
	}

	private void findings(Findings f) {
		if (f.findings().isEmpty()) {
			out.append("<p>No findings: the spec parses, links and validates cleanly.</p>\n");
			return;
		}
		out.append("<ul class=\"findings\">\n");
		for (Finding x : f.findings()) {
			out.append("<li><span class=\"sev ").append(tone(x.severity().tone())).append("\">")
					.append(x.severity().label()).append("</span> <span class=\"loc\">").append(Html.escape(x.location()))
					.append("</span> ").append(Html.escape(x.message())).append(" <code>").append(Html.escape(x.code()))
					.append("</code></li>\n");
		}
		out.append("</ul>\n");
	}

	/** @return the spans as inline HTML, every character escaped */
	static String text(Text t) {
		StringBuilder b = new StringBuilder();
		for (Text.Span s : t.spans()) {
			String x = Html.escape(s.text());
			switch (s.style()) {
				case PLAIN -> b.append(x);
				case STRONG -> b.append("<strong>").append(x).append("</strong>");
				case EMPHASIS -> b.append("<em>").append(x).append("</em>");
				case CODE -> b.append("<code>").append(x).append("</code>");
				case VARIABLE -> b.append("<var>").append(x).append("</var>");
				case SUBSCRIPT -> b.append("<sub>").append(x).append("</sub>");
				case SUPERSCRIPT -> b.append("<sup>").append(x).append("</sup>");
			}
		}
		return b.toString();
	}

	private static String alignClass(Table.Align align, String extra) {
		String a = switch (align) {
			case LEFT -> "";
			case RIGHT -> "right";
			case CENTER -> "center";
		};
		String all = (a + " " + extra).trim();
		return all.isEmpty() ? "" : " class=\"" + all + "\"";
	}

	private static String tone(Tone tone) {
		return "tone-" + tone.name().toLowerCase(Locale.ROOT);
	}

	private static String loadCss() {
		try (InputStream in = HtmlExporter.class.getResourceAsStream("report.css")) {
			if (in == null) {
				throw new IllegalStateException("report.css missing from the report bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
