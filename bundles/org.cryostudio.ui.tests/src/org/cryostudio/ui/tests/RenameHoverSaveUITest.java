package org.cryostudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.cryostudio.ui.editor.CryoEditor;
import org.cryostudio.ui.editor.edit.Renaming;
import org.cryostudio.ui.editor.edit.WorkspaceEdits;
import org.cryostudio.ui.editor.hover.SpecTextHover;
import org.cryostudio.ui.workspace.SaveJournal;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rename across specs, hovers, and crash-safe saving. */
class RenameHoverSaveUITest {

	private static final String USER = "import \"chamber.cryo\"\n\nsystem Extension {\n\tchamber antechamber {\n\t\tvolume 0.01 m3\n\t}\n\n\ttube link from antechamber to QuickstartChamber.main {\n\t\tdiameter 40 mm\n\t}\n}\n";

	@AfterEach
	void closeEditors() {
		Specs.page().closeAllEditors(false);
	}

	@Test
	void renameChangesTheDeclarationAndEveryReferenceInAllSpecs() throws Exception {
		IProject project = Specs.project("rename");
		String chamber = Specs.example("quickstart/chamber.cryo");
		IFile declaring = Specs.file(project, "chamber.cryo", chamber);
		IFile using = Specs.file(project, "extension.cryo", USER);
		CryoEditor editor = Specs.open(declaring);
		Specs.settle();
		int at = chamber.indexOf("chamber main") + "chamber ".length() + 1;

		Renaming.Target target = editor.session().read(spec -> Renaming.prepare(spec, at)).get(10, TimeUnit.SECONDS);
		assertEquals("main", target.name());
		WorkspaceEdit edit = editor.session().read(spec -> Renaming.rename(spec, at, "vessel")).get(10, TimeUnit.SECONDS);
		WorkspaceEdits.apply(edit, editor.document(), editor.getAdapter(IRewriteTarget.class));

		String renamed = editor.document().get();
		assertTrue(renamed.contains("chamber vessel {") && renamed.contains("from vessel to cp"), renamed);
		String other = new String(using.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(other.contains("to QuickstartChamber.vessel"), "the other spec was changed and saved: " + other);
		editor.doSave(null);
		Specs.settle();
		assertTrue(Specs.problems(declaring).isEmpty() && Specs.problems(using).isEmpty(),
				"everything still links: " + Specs.problems(declaring) + Specs.problems(using));
	}

	@Test
	void hoverShowsTheLanguagesDocumentationAndTheProblemsThere() throws Exception {
		IProject project = Specs.project("hover");
		String text = "system Documented {\n\t/** The growth chamber, baked to 150 degC. */\n\tchamber growth {\n\t\tvolume 0.35 m3\n\t}\n\n\ttube t from growth to nowhere {\n\t\tdiameter 40 mm\n\t\tlength 1 m\n\t}\n}\n";
		CryoEditor editor = Specs.open(Specs.file(project, "hover.cryo", text));
		Specs.settle();
		SpecTextHover hover = new SpecTextHover(editor::session);
		int reference = text.indexOf("from growth") + "from ".length() + 2;
		Object info = hover.getHoverInfo2(editor.viewer(), hover.getHoverRegion(editor.viewer(), reference));
		assertNotNull(info, "hover over a reference");
		assertTrue(info.toString().contains("growth chamber, baked"), "documentation of the referenced element: " + info);

		int broken = text.indexOf("nowhere") + 2;
		Object problem = hover.getHoverInfo2(editor.viewer(), hover.getHoverRegion(editor.viewer(), broken));
		assertNotNull(problem);
		assertTrue(problem.toString().contains("**Error**") && problem.toString().contains("nowhere"), problem.toString());
	}

	@Test
	void savingLeavesNoJournalAndAnInterruptedSaveIsCompleted() throws Exception {
		IProject project = Specs.project("save");
		String text = Specs.example("quickstart/chamber.cryo");
		IFile file = Specs.file(project, "chamber.cryo", text);
		CryoEditor editor = Specs.open(file);
		IDocument document = editor.document();
		document.replace(0, 0, "// saved\n");
		editor.doSave(null);
		Path path = file.getLocation().toPath();
		assertEquals("// saved\n" + text, Files.readString(path));
		assertFalse(Files.exists(SaveJournal.journalOf(path)), "the journal is gone after a completed save");
		assertFalse(editor.isDirty());
		document.replace(0, 0, "// more\n");
		((org.eclipse.jface.text.ITextOperationTarget) editor.viewer()).doOperation(org.eclipse.jface.text.ITextOperationTarget.UNDO);
		assertEquals("// saved\n" + text, document.get(), "undo still works after saving");
		editor.doRevertToSaved();
		Specs.page().closeAllEditors(false);

		// a crash after the journal was written but while the file was being overwritten in place
		String next = "// after the crash\n" + text;
		SaveJournal.begin(path, next.getBytes(StandardCharsets.UTF_8));
		Files.writeString(path, "system Trunc");
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		CryoEditor reopened = Specs.open(file);
		assertEquals(next, reopened.document().get(), "opening the spec completes the interrupted save");
		assertEquals(next, Files.readString(path));
		assertFalse(Files.exists(SaveJournal.journalOf(path)));

		// a crash while the journal itself was being written leaves the file as it was
		Specs.page().closeAllEditors(false);
		Path partial = SaveJournal.journalOf(path).resolveSibling(SaveJournal.journalOf(path).getFileName() + ".part");
		Files.writeString(partial, "system Half");
		assertFalse(SaveJournal.recover(path));
		assertEquals(next, Files.readString(path));
		assertFalse(Files.exists(partial));
	}
}
