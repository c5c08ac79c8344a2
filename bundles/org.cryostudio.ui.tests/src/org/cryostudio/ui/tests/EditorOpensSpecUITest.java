package org.cryostudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cryostudio.ui.CryoPerspective;
import org.cryostudio.ui.editor.CryoEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/** Runs inside the workbench (UI harness, UI thread) under Xvfb. */
class EditorOpensSpecUITest {

	@Test
	void opensBundledExampleInCryoEditorAndSavesScreenshot() throws Exception {
		assertNotNull(Display.getCurrent(), "must run on the UI thread");
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		PlatformUI.getWorkbench().showPerspective(CryoPerspective.ID, window);

		Path example = Path.of(System.getProperty("cryo.examples", "dsl-examples"), "quickstart", "chamber.cryo");
		String text = Files.readString(example, StandardCharsets.UTF_8);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("quickstart");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("chamber.cryo");
		if (!file.exists()) {
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		}

		IEditorPart editor = IDE.openEditor(page, file);
		CryoEditor cryoEditor = assertInstanceOf(CryoEditor.class, editor);
		assertEquals("chamber.cryo", editor.getEditorInput().getName());
		StyledText styled = (StyledText) cryoEditor.getAdapter(org.eclipse.swt.widgets.Control.class);
		assertNotNull(styled);
		assertEquals(text, styled.getText());
		// keywords are coloured: the first character of "system" carries a style
		int systemAt = text.indexOf("system");
		assertTrue(styled.getStyleRangeAtOffset(systemAt) != null, "keyword 'system' is highlighted");

		assertTrue(window.getShell().getText().contains("CryoStudio"), "window title: " + window.getShell().getText());
		File shot = Screenshots.save("ui-editor-quickstart");
		assertTrue(shot.length() > 10_000, "screenshot written: " + shot);
		page.closeAllEditors(false);
	}
}
