package org.cryostudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cryostudio.ui.editor.CryoEditor;
import org.cryostudio.ui.editor.SpecOutlinePage;
import org.cryostudio.ui.editor.actions.FormatAction;
import org.cryostudio.ui.editor.actions.OpenDeclarationAction;
import org.cryostudio.ui.editor.actions.ToggleCommentAction;
import org.cryostudio.ui.editor.assist.CompletionProcessor;
import org.cryostudio.ui.editor.model.OutlineItem;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Content assist, navigation, outline, formatting, comments and folding in the spec editor. */
class LanguageFeaturesUITest {

	@AfterEach
	void closeEditors() {
		Specs.page().closeAllEditors(false);
	}

	@Test
	void contentAssistOffersTheUnitsOfThePropertyAfterANumber() throws Exception {
		IProject project = Specs.project("assist");
		String text = Specs.example("quickstart/chamber.cryo");
		CryoEditor editor = Specs.open(Specs.file(project, "chamber.cryo", text));
		Specs.settle();
		IDocument document = editor.document();
		// the user retypes the volume and has just typed the number
		int at = text.indexOf("volume 0.35 m3") + "volume 0.35 ".length();
		document.replace(at, "m3".length(), "");
		editor.selectAndReveal(at, 0);
		Specs.settle();

		CompletionProcessor processor = new CompletionProcessor(editor::session);
		ICompletionProposal[] proposals = processor.computeCompletionProposals(editor.viewer(), at);
		List<String> labels = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		assertTrue(labels.containsAll(List.of("m3", "L")), "volume units are proposed: " + labels);
		assertFalse(labels.contains("K") || labels.contains("Pa"), "no units of other dimensions: " + labels);
		assertEquals("m3", labels.get(0), "the preferred unit comes first: " + labels);

		// the popup itself, for the screenshot
		((ITextOperationTarget) editor.viewer()).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		Specs.waitUntil("proposal popup", 5_000, () -> editor.viewer().getTextWidget().getDisplay().getShells().length > 1);
		Screenshots.save("ui-content-assist-units");

		Arrays.stream(proposals).filter(p -> p.getDisplayString().equals("L")).findFirst().orElseThrow().apply(document);
		assertTrue(document.get().contains("volume 0.35 L\n"), document.get());
		Specs.settle();
		editor.doRevertToSaved();
	}

	@Test
	void f3OpensTheDeclarationInAnotherSpec() throws Exception {
		IProject project = Specs.project("navigation");
		String chamber = Specs.example("quickstart/chamber.cryo");
		IFile declaring = Specs.file(project, "chamber.cryo", chamber);
		String user = "// a second spec that pumps the quick-start chamber from outside\nimport \"chamber.cryo\"\n\nsystem Extension {\n\tchamber antechamber {\n\t\tvolume 0.01 m3\n\t}\n\n\ttube link from antechamber to QuickstartChamber.main {\n\t\tdiameter 40 mm\n\t\tlength 300 mm\n\t}\n}\n";
		IFile using = Specs.file(project, "extension.cryo", user);
		CryoEditor editor = Specs.open(using);
		Specs.settle();
		assertTrue(Specs.problems(using).isEmpty(), "cross-file reference resolves: " + Specs.problems(using));

		int reference = user.indexOf("QuickstartChamber.main") + "QuickstartChamber.".length() + 1;
		editor.selectAndReveal(reference, 0);
		editor.getAction(OpenDeclarationAction.COMMAND).run();
		IEditorPart active = Specs.page().getActiveEditor();
		assertTrue(active instanceof CryoEditor, "a spec editor is active");
		assertEquals(declaring, ((CryoEditor) active).getEditorInput().getAdapter(IFile.class));
		ITextSelection selection = (ITextSelection) ((CryoEditor) active).getSelectionProvider().getSelection();
		assertEquals("main", selection.getText(), "the declared name is selected");
		Specs.settle();
		Screenshots.save("ui-open-declaration");
	}

	@Test
	void outlineListsTheElementsAndFollowsTheCaret() throws Exception {
		IProject project = Specs.project("outline");
		String text = Specs.example("quickstart/chamber.cryo");
		CryoEditor editor = Specs.open(Specs.file(project, "chamber.cryo", text));
		Specs.page().showView(IPageLayout.ID_OUTLINE);
		Specs.page().activate(editor);
		Specs.settle();
		SpecOutlinePage outline = (SpecOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		Specs.waitUntil("outline filled", 10_000, () -> !outline.items().isEmpty());
		OutlineItem system = outline.items().get(0);
		assertEquals("QuickstartChamber", system.name());
		List<String> children = system.children().stream().map(OutlineItem::name).toList();
		assertTrue(children.containsAll(List.of("main", "water", "cp", "port")), "elements: " + children);

		editor.selectAndReveal(text.indexOf("diameter 200 mm"), 0);
		Specs.waitUntil("outline follows the caret into the tube", 2_000,
				() -> outline.selected() != null && outline.selected().name().equals("port"));
		editor.selectAndReveal(text.indexOf("panel area"), 0);
		Specs.waitUntil("outline follows the caret into the cryopump", 2_000,
				() -> outline.selected() != null && outline.selected().name().equals("cp"));
		Specs.settle();
		Screenshots.save("ui-outline");
	}

	@Test
	void formattingIsCanonicalAndOneUndoStep() throws Exception {
		IProject project = Specs.project("format");
		String canonical = Specs.example("quickstart/chamber.cryo");
		String messy = canonical.replace("\t\tvolume 0.35 m3", "   volume    0.35   m3").replace("chamber main {",
				"chamber   main{").replace("\t\tdiameter 200 mm", "diameter 200 mm");
		CryoEditor editor = Specs.open(Specs.file(project, "chamber.cryo", canonical));
		IDocument document = editor.document();
		document.set(messy);
		document.replace(0, 0, "");
		Specs.settle();
		editor.getAction(FormatAction.COMMAND).run();
		assertEquals(canonical, document.get(), "formatted back to the canonical layout");
		((ITextOperationTarget) editor.viewer()).doOperation(ITextOperationTarget.UNDO);
		assertEquals(messy, document.get(), "one undo restores the text before formatting");
		((ITextOperationTarget) editor.viewer()).doOperation(ITextOperationTarget.REDO);
		assertEquals(canonical, document.get(), "redo formats again");
		editor.doRevertToSaved();
	}

	@Test
	void toggleCommentCommentsLinesOutAndInAgain() throws Exception {
		IProject project = Specs.project("comment");
		String text = Specs.example("quickstart/chamber.cryo");
		CryoEditor editor = Specs.open(Specs.file(project, "chamber.cryo", text));
		IDocument document = editor.document();
		int start = text.indexOf("\t\tvolume");
		int end = text.indexOf("wall area 3.2 m2") + 3;
		editor.selectAndReveal(start, end - start);
		editor.getAction(ToggleCommentAction.COMMAND).run();
		assertTrue(document.get().contains("//\t\tvolume 0.35 m3\n//\t\twall area 3.2 m2"), document.get());
		editor.selectAndReveal(start, end - start + 4);
		editor.getAction(ToggleCommentAction.COMMAND).run();
		assertEquals(text, document.get());
		editor.doRevertToSaved();
	}

	@Test
	void blocksFoldAndBracketsMatch() throws Exception {
		IProject project = Specs.project("folding");
		String text = Specs.example("quickstart/chamber.cryo");
		CryoEditor editor = Specs.open(Specs.file(project, "chamber.cryo", text));
		Specs.waitUntil("model", 10_000, () -> editor.model() != null);
		ProjectionAnnotationModel folds = ((ProjectionViewer) editor.viewer()).getProjectionAnnotationModel();
		assertNotNull(folds);
		Specs.waitUntil("fold regions", 5_000, () -> folds.getAnnotationIterator().hasNext());
		int count = 0;
		for (var it = folds.getAnnotationIterator(); it.hasNext(); it.next()) {
			count++;
		}
		assertTrue(count >= 4, "system and three elements fold: " + count);
		assertFalse(editor.model().folds().isEmpty());
	}

	@Test
	void workerAnswersReadsInOrderWithTyping() throws Exception {
		IProject project = Specs.project("order");
		String text = Specs.example("quickstart/chamber.cryo");
		CryoEditor editor = Specs.open(Specs.file(project, "chamber.cryo", text));
		IDocument document = editor.document();
		for (int i = 0; i < 20; i++) {
			document.replace(0, 0, "// " + i + "\n");
		}
		String expected = document.get();
		String seen = editor.session().read(spec -> spec.document().getContents()).get(10, TimeUnit.SECONDS);
		assertEquals(expected, seen, "a read sees exactly the text typed before it");
		editor.doRevertToSaved();
	}
}
