package org.cryostudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.cryostudio.report.io.ReportFormat;
import org.cryostudio.ui.editor.CryoEditor;
import org.cryostudio.ui.report.ReportJob;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;

/** Generate Report writes HTML and PDF beside the spec, in a background job with progress. */
class ReportUITest {

	@Test
	void reportOfTheOpenSpecIsWrittenBesideIt() throws Exception {
		IProject project = Specs.project("report");
		IFile spec = Specs.file(project, "chamber.cryo", Specs.example("quickstart/chamber.cryo"));
		CryoEditor editor = Specs.open(spec);
		Specs.settle();

		ReportJob job = new ReportJob(spec, EnumSet.of(ReportFormat.HTML, ReportFormat.PDF), false);
		Specs.page().showView(IPageLayout.ID_PROGRESS_VIEW);
		Specs.page().activate(editor);
		job.schedule();
		Specs.waitUntil("report written", 60_000, () -> job.getState() == Job.NONE && job.getResult() != null);
		assertEquals(IStatus.INFO, job.getResult().getSeverity(), job.getResult().toString());

		List<Path> written = job.written();
		assertEquals(2, written.size(), "HTML and PDF: " + written);
		Path html = written.get(0);
		assertEquals(spec.getLocation().toFile().toPath().resolveSibling("chamber.html"), html);
		String page = Files.readString(html, StandardCharsets.UTF_8);
		assertTrue(page.contains("QuickstartChamber"), "the report names the system");
		byte[] pdf = Files.readAllBytes(written.get(1));
		assertTrue(pdf.length > 1000 && new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF");
		assertTrue(project.getFile("chamber.html").exists() && project.getFile("chamber.pdf").exists(),
				"the workspace sees the report files");
		Screenshots.save("ui-report-generated");
		Specs.page().closeAllEditors(false);
	}
}
