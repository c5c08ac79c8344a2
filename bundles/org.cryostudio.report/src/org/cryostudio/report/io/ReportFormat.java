package org.cryostudio.report.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.cryostudio.report.html.HtmlExporter;
import org.cryostudio.report.model.Report;
import org.cryostudio.report.pdf.PdfExporter;

/** The file formats a report is written in, with their file extension. */
public enum ReportFormat {
	HTML, PDF;

	/** @return the file extension and the name used on the command line: "html", "pdf" */
	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the report in this format */
	public byte[] render(Report report) {
		return switch (this) {
			case HTML -> HtmlExporter.toHtml(report).getBytes(StandardCharsets.UTF_8);
			case PDF -> PdfExporter.toPdf(report);
		};
	}

	/** @return the format of a name as written by a user ("html", "PDF"), empty when unknown */
	public static Optional<ReportFormat> of(String name) {
		for (ReportFormat f : values()) {
			if (f.extension().equalsIgnoreCase(name.strip())) {
				return Optional.of(f);
			}
		}
		return Optional.empty();
	}
}
