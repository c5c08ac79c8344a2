package org.cryostudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.cryostudio.ui.editor.CryoEditor;
import org.cryostudio.ui.editor.fix.QuickFixProcessor;
import org.cryostudio.ui.workspace.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.junit.jupiter.api.Test;

/** Ctrl+1 offers the language's fixes for the problem at the caret; applying one removes the marker. */
class QuickFixUITest {

	@Test
	void missingUnitIsFixedByTheOfferedUnit() throws Exception {
		IProject project = Specs.project("quickfix");
		String text = Specs.example("quickstart/chamber.cryo");
		IFile file = Specs.file(project, "chamber.cryo", text);
		CryoEditor editor = Specs.open(file);
		Specs.settle();
		IDocument document = editor.document();
		int at = text.indexOf("volume 0.35 m3") + "volume 0.35".length();
		document.replace(at, " m3".length(), "");
		Specs.waitUntil("unit-missing marker", 2_000, () -> Specs.problems(file).stream()
				.anyMatch(m -> "unit-missing".equals(m.getAttribute(ProblemMarkers.CODE, ""))));
		Specs.waitUntil("annotation", 2_000, () -> editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput())
				.getAnnotationIterator().hasNext());
		Specs.settle();

		int caret = at - 2;
		editor.selectAndReveal(caret, 0);
		QuickFixProcessor processor = new QuickFixProcessor(editor::session, () -> editor.getAdapter(IRewriteTarget.class));
		ICompletionProposal[] fixes = processor.computeQuickAssistProposals(new TextInvocationContext(editor.viewer(), caret, 0));
		List<String> labels = Arrays.stream(fixes).map(ICompletionProposal::getDisplayString).toList();
		assertTrue(labels.contains("Add unit m3"), "fixes: " + labels);

		// the Ctrl+1 popup, for the screenshot
		((ITextOperationTarget) editor.viewer()).doOperation(ISourceViewer.QUICK_ASSIST);
		Specs.waitUntil("quick fix popup", 5_000, () -> editor.viewer().getTextWidget().getDisplay().getShells().length > 1);
		Screenshots.save("ui-quick-fix");
		editor.viewer().getTextWidget().getShell().forceActive();
		Specs.page().activate(editor);

		Arrays.stream(fixes).filter(f -> f.getDisplayString().equals("Add unit m3")).findFirst().orElseThrow().apply(document);
		assertTrue(document.get().contains("volume 0.35 m3\n"), document.get());
		Specs.waitUntil("the marker goes", 2_000, () -> Specs.problems(file).stream()
				.noneMatch(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR));
		editor.doRevertToSaved();
		Specs.page().closeAllEditors(false);
	}
}
