package org.cryostudio.diagram.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.Point;
import org.cryostudio.diagram.core.scene.SceneNode;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The diagram editor in the workbench, beside the text editor of the same spec, under Xvfb:
 * text edits reach the diagram, diagram edits reach the text as minimal changes that keep every
 * comment, the layout file changes only when the user places, renames or deletes in the diagram.
 */
class DiagramEditorUITest {

	private static final Pattern COMMENT = Pattern.compile("//[^\n]*|/\\*.*?\\*/", Pattern.DOTALL);

	private IWorkbenchPage page;
	private IFile file;
	private ITextEditor text;
	private DiagramEditor diagram;
	private IDocument document;
	private Path layoutFile;

	@BeforeEach
	void open() throws Exception {
		Display display = Display.getCurrent();
		assertNotNull(display, "runs on the UI thread");
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1440, 900);
		page.closeAllEditors(false);
		String spec = Files.readString(Path.of(System.getProperty("cryo.testspecs", "specs"), "cryostat.cryo"));
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("diagram");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		file = project.getFile("cryostat.cryo");
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(new ByteArrayInputStream(spec.getBytes(StandardCharsets.UTF_8)), true, null);
		layoutFile = file.getLocation().toPath().resolveSibling("cryostat.cryo.layout");
		Files.deleteIfExists(layoutFile);

		IEditorPart t = IDE.openEditor(page, file);
		text = (ITextEditor) t;
		document = text.getDocumentProvider().getDocument(text.getEditorInput());
		diagram = (DiagramEditor) page.openEditor(t.getEditorInput(), DiagramEditor.ID, true, IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
		waitUntilCurrent();
	}

	@AfterEach
	void close() {
		page.closeAllEditors(false);
	}

	private void waitUntilCurrent() {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 20_000;
		while (!diagram.session().isCurrent() && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				Shots.settle(display, 1);
			}
		}
		assertTrue(diagram.session().isCurrent(), "the diagram caught up with the text");
		Shots.settle(display, 4);
	}

	private Point centre(String id) {
		SceneNode n = diagram.scene().node(id);
		assertNotNull(n, id + " is shown; nodes: " + diagram.scene().nodes().stream().map(SceneNode::id).toList());
		return n.symbolBounds().center();
	}

	@Test
	void bothViewsShowTheSpecAndATextEditAddsANodeWithoutTouchingTheLayoutFile() throws Exception {
		assertEquals(document, diagram.session().document(), "one shared document");
		assertNotNull(diagram.scene().node("Cryostat.ivc"));
		// the user places the chamber: that is stored
		Point at = diagram.scene().node("Cryostat.ivc").position();
		diagram.canvas().drag(centre("Cryostat.ivc"), centre("Cryostat.ivc").translate(-30, 40));
		assertTrue(Files.readString(layoutFile).contains("vacuum Cryostat.ivc " + Math.round(at.x() - 30) + " " + Math.round(at.y() + 40)),
				Files.readString(layoutFile));
		byte[] layoutBefore = Files.readAllBytes(layoutFile);
		Map<String, Point> before = diagram.session().positions(DiagramView.VACUUM);

		// typing in the text editor: a second turbo pump on the port
		int at2 = document.get().indexOf("\troughing scroll");
		document.replace(at2, 0, "\tturbo tmp2 on port {\n\t\tspeed N2 80 L/s\n\t}\n");
		waitUntilCurrent();
		assertNotNull(diagram.scene().node("Cryostat.tmp2"), "the new pump appears");
		before.forEach((id, p) -> assertEquals(p, diagram.scene().node(id).position(), id + " stayed where it was"));
		assertTrue(java.util.Arrays.equals(layoutBefore, Files.readAllBytes(layoutFile)), "a text edit does not touch the layout file");
		Shots.save("diagram-vacuum");
		diagram.showView(DiagramView.THERMAL);
		Shots.settle(Display.getCurrent(), 5);
		assertNotNull(diagram.scene().node("Cryostat.plate"));
		Shots.save("diagram-thermal");
	}

	@Test
	void creatingConnectingRenamingAndDeletingChangeTheTextMinimallyAndKeepComments() throws Exception {
		String t0 = document.get();
		// create: a cryopump from the palette
		diagram.pickTool("Cryopump");
		Point where = new Point(700, 60);
		diagram.canvas().click(where);
		String t1 = document.get();
		assertOnlyInserted(t0, t1, "\tcryopump cp1\n");
		assertNotNull(diagram.scene().node("Cryostat.cp1"));
		assertTrue(Files.readString(layoutFile).contains("vacuum Cryostat.cp1 "), "placed by the user: stored");
		SceneNode cp1 = diagram.scene().node("Cryostat.cp1");
		assertTrue(cp1.bounds().contains(where.x(), where.y()), "where it was dropped: " + cp1.bounds());

		// connect: a tube from the chamber to it
		diagram.pickTool("Tube");
		diagram.canvas().drag(centre("Cryostat.ivc"), centre("Cryostat.cp1"));
		String t2 = document.get();
		assertOnlyInserted(t1, t2, "\ttube tube1 from ivc to cp1\n");
		assertTrue(diagram.scene().edges().stream().anyMatch(e -> e.id().equals("Cryostat.tube1")));

		// rename in place: the chamber becomes "vessel" here and in every reference
		diagram.canvas().startRename("Cryostat.ivc");
		Text field = diagram.canvas().renameField();
		assertNotNull(field);
		field.setText("chamber1");
		field.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		String t3 = document.get();
		assertEquals(t2.replace("cryostat ivc {", "cryostat chamber1 {").replace("from ivc", "from chamber1")
				.replace("on ivc", "on chamber1").replace("into ivc", "into chamber1"), t3);
		assertNotNull(diagram.scene().node("Cryostat.chamber1"));
		String layout = Files.readString(layoutFile);
		assertFalse(layout.contains("Cryostat.ivc "), layout);

		// delete: the leak goes, with its lines; every other comment stays
		diagram.selectByUser(Set.of("Cryostat.seal"));
		diagram.canvas().canvas().notifyListeners(SWT.KeyDown, key(SWT.DEL));
		String t4 = document.get();
		assertFalse(t4.contains("leak seal"), t4);
		assertEquals(comments(t3), comments(t4));
		assertEquals(t3.length() - t4.length(), t3.substring(t3.indexOf("\tleak seal"), t3.indexOf("\n\t}\n", t3.indexOf("\tleak seal")) + 4).length(),
				"exactly the leak's lines were removed");

		// undo (the shared history of text and diagram) brings it back
		OperationHistoryFactory.getOperationHistory().undo(
				org.eclipse.text.undo.DocumentUndoManagerRegistry.getDocumentUndoManager(document).getUndoContext(), null, null);
		waitUntilCurrent();
		assertEquals(t3, document.get());
		assertNotNull(diagram.scene().node("Cryostat.seal"));
		assertEquals(comments(t0), comments(document.get()), "no comment was lost on the way");
	}

	@Test
	void selectionIsLinkedBothWaysAndThePropertiesViewEditsValues() throws Exception {
		diagram.selectByUser(Set.of("Cryostat.tmp"));
		ITextSelection sel = (ITextSelection) text.getSelectionProvider().getSelection();
		assertEquals("tmp", document.get(sel.getOffset(), sel.getLength()), "the name is selected in the text");

		// caret into the chamber's block in the text: the diagram selects the chamber
		int inChamber = document.get().indexOf("wall area 1.6");
		text.selectAndReveal(inChamber, 0);
		diagram.textLink().selectionChanged(text, text.getSelectionProvider().getSelection());
		assertEquals(Set.of("Cryostat.ivc"), diagram.canvas().selection());

		IStructuredSelection selected = (IStructuredSelection) diagram.getSite().getSelectionProvider().getSelection();
		SelectedElement element = (SelectedElement) selected.getFirstElement();
		IPropertySource props = element.getAdapter(IPropertySource.class);
		Object volume = java.util.Arrays.stream(props.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("volume")).findFirst().orElseThrow().getId();
		assertEquals("0.12 m3", props.getPropertyValue(volume));
		String before = document.get();
		props.setPropertyValue(volume, "120 L");
		assertEquals(before.replace("volume 0.12 m3", "volume 120 L"), document.get());

		page.showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
		page.activate(diagram);
		Shots.settle(Display.getCurrent(), 10);
		assertNotNull(diagram.getAdapter(IPropertySheetPage.class) == null ? "default page" : "own page");
		Shots.save("diagram-properties");
	}

	@Test
	void aMoveIsUndoneLikeATextEditAndARefusedEditSaysWhy() throws Exception {
		Point start = diagram.scene().node("Cryostat.tmp").position();
		diagram.canvas().drag(centre("Cryostat.tmp"), centre("Cryostat.tmp").translate(0, 120));
		assertEquals(start.translate(0, 120), diagram.scene().node("Cryostat.tmp").position());
		assertTrue(Files.readString(layoutFile).contains("Cryostat.tmp"));
		OperationHistoryFactory.getOperationHistory().undo(
				org.eclipse.text.undo.DocumentUndoManagerRegistry.getDocumentUndoManager(document).getUndoContext(), null, null);
		Shots.settle(Display.getCurrent(), 3);
		assertEquals(start, diagram.scene().node("Cryostat.tmp").position());
		assertFalse(Files.exists(layoutFile) && Files.readString(layoutFile).contains("Cryostat.tmp"), "its line is gone again");

		// a syntax error in the text: the diagram refuses edits and says why, the text is untouched
		document.replace(document.get().indexOf("volume 0.12"), 0, "= ");
		waitUntilCurrent();
		String broken = document.get();
		diagram.pickTool("Junction");
		diagram.canvas().click(new Point(600, 400));
		assertEquals(broken, document.get());
		assertTrue(diagram.statusText().contains("syntax"), diagram.statusText());
	}

	@Test
	void exportWritesTheViewAsShown() throws Exception {
		Path dir = Path.of(System.getProperty("cryo.screenshots", "target/screenshots"));
		Files.createDirectories(dir);
		Path svg = dir.resolve("diagram-export-vacuum.svg");
		Path png = dir.resolve("diagram-export-thermal.png");
		diagram.export(svg, "svg");
		diagram.showView(DiagramView.THERMAL);
		diagram.export(png, "png");
		assertTrue(Files.readString(svg).contains(">ivc<"));
		assertTrue(Files.size(png) > 5_000);
		assertNull(null);
	}

	private static org.eclipse.swt.widgets.Event key(int code) {
		org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
		e.keyCode = code;
		return e;
	}

	static void assertOnlyInserted(String before, String after, String inserted) {
		int i = after.indexOf(inserted);
		assertTrue(i >= 0, "inserted " + inserted + " in:\n" + after);
		assertEquals(before, after.substring(0, i) + after.substring(i + inserted.length()), "nothing else changed");
	}

	static List<String> comments(String text) {
		List<String> result = new ArrayList<>();
		Matcher m = COMMENT.matcher(text);
		while (m.find()) {
			result.add(m.group().strip());
		}
		return result;
	}
}
