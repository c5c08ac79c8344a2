package org.cryostudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;

import org.cryostudio.ui.editor.CryoEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.Test;

/** Typing an error shows it within a second: marker (Problems view), annotation, overview ruler. */
class LiveValidationUITest {

	@Test
	void typedErrorIsMarkedWithinOneSecondAndGoesAwayWhenFixed() throws Exception {
		IProject project = Specs.project("live");
		String text = Specs.example("quickstart/chamber.cryo");
		IFile file = Specs.file(project, "chamber.cryo", text);
		CryoEditor editor = Specs.open(file);
		Specs.settle();
		assertTrue(Specs.problems(file).isEmpty(), "clean before typing");

		IDocument document = editor.document();
		int at = text.indexOf("from main") + "from ".length();
		long typed = System.nanoTime();
		document.replace(at, "main".length(), "mian");
		Specs.waitUntil("marker for the unresolved reference", 1_000, () -> Specs.hasProblem(file, "mian"));
		long millis = (System.nanoTime() - typed) / 1_000_000;
		System.out.println("typed error -> marker: " + millis + " ms");

		Specs.waitUntil("annotation in the editor", 1_000, () -> hasErrorAnnotation(editor));
		IMarker marker = Specs.problems(file).get(0);
		assertTrue(marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR);
		assertTrue(marker.getAttribute(IMarker.LINE_NUMBER, -1) == lineOf(text, at), "marker on the typed line");

		Specs.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		Specs.page().activate(editor);
		editor.selectAndReveal(at, 4);
		Specs.settle();
		Screenshots.save("ui-live-validation-error");

		document.replace(at, 4, "main");
		Specs.waitUntil("marker removed after the fix", 1_000, () -> Specs.problems(file).isEmpty());
		Specs.waitUntil("annotation removed", 1_000, () -> !hasErrorAnnotation(editor));
		editor.doRevertToSaved();
		Specs.page().closeAllEditors(false);
	}

	@Test
	void specsThatAreNotOpenAreCheckedByTheBuilder() throws Exception {
		IProject project = Specs.project("builder");
		IFile broken = Specs.file(project, "broken.cryo", "system Broken {\n\tchamber c {\n\t\tvolume 1 m3\n\t}\n\n\ttube t from c to nowhere {\n\t\tdiameter 40 mm\n\t\tlength 1 m\n\t}\n}\n");
		Specs.waitUntil("builder marks a spec nobody opened", 10_000, () -> Specs.hasProblem(broken, "nowhere"));
		Specs.file(project, "broken.cryo", "system Broken {\n\tchamber c {\n\t\tvolume 1 m3\n\t}\n}\n");
		Specs.waitUntil("builder clears the marker after the file changed on disk", 10_000,
				() -> !Specs.hasProblem(broken, "nowhere"));
		assertFalse(Specs.hasProblem(broken, "nowhere"));
	}

	private static boolean hasErrorAnnotation(CryoEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation a = it.next();
			if (a instanceof MarkerAnnotation && a.getType().endsWith("error") && !a.isMarkedDeleted()) {
				return true;
			}
		}
		return false;
	}

	private static int lineOf(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}
}
