package org.cryostudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

import org.cryostudio.ui.CryoPerspective;
import org.cryostudio.ui.editor.CryoEditor;
import org.cryostudio.ui.editor.CryoStyles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** Runs inside the workbench (UI harness, UI thread) under Xvfb. */
class EditorOpensSpecUITest {

	@Test
	void opensBundledExampleWithLexicalAndSemanticColouring() throws Exception {
		assertNotNull(Display.getCurrent(), "must run on the UI thread");
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(CryoPerspective.ID, window);

		String text = Specs.example("quickstart/chamber.cryo");
		IProject project = Specs.project("quickstart");
		IFile file = Specs.file(project, "chamber.cryo", text);
		CryoEditor editor = Specs.open(file);
		assertEquals("chamber.cryo", editor.getEditorInput().getName());
		StyledText styled = editor.viewer().getTextWidget();
		assertEquals(text, styled.getText());

		// lexical: the keyword "system" is bold, the number 0.35 is coloured, comments are italic
		StyleRange keyword = styled.getStyleRangeAtOffset(text.indexOf("system"));
		assertNotNull(keyword, "keyword 'system' is highlighted");
		assertEquals(SWT.BOLD, keyword.fontStyle & SWT.BOLD);
		assertNotNull(styled.getStyleRangeAtOffset(text.indexOf("0.35")), "number is highlighted");
		assertEquals(SWT.ITALIC, styled.getStyleRangeAtOffset(1).fontStyle & SWT.ITALIC, "comment is italic");

		// semantic: the declared name "main" and the reference "main" in the tube get their styles
		Specs.waitUntil("semantic colouring", 10_000, () -> editor.model() != null);
		Specs.settle();
		int declared = text.indexOf("chamber main") + "chamber ".length();
		StyleRange declaration = styled.getStyleRangeAtOffset(declared);
		assertNotNull(declaration, "declared name is highlighted");
		assertEquals(CryoStyles.of(CryoStyles.DECLARATION).getForeground().getRGB(), declaration.foreground.getRGB());
		int referenced = text.indexOf("from main") + "from ".length();
		assertEquals(CryoStyles.of(CryoStyles.REFERENCE).getForeground().getRGB(),
				styled.getStyleRangeAtOffset(referenced).foreground.getRGB());
		int unit = text.indexOf("0.35 m3") + "0.35 ".length();
		assertEquals(CryoStyles.of(CryoStyles.UNIT).getForeground().getRGB(), styled.getStyleRangeAtOffset(unit).foreground.getRGB());

		assertTrue(Specs.problems(file).isEmpty(), "the example is clean: " + Specs.problems(file));
		assertTrue(window.getShell().getText().contains("CryoStudio"), "window title: " + window.getShell().getText());
		File shot = Screenshots.save("ui-editor-quickstart");
		assertTrue(shot.length() > 10_000, "screenshot written: " + shot);
		Specs.page().closeAllEditors(false);
	}
}
