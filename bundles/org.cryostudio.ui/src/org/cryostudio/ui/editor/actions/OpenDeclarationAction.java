package org.cryostudio.ui.editor.actions;

import org.cryostudio.ui.editor.CryoEditor;
import org.cryostudio.ui.editor.navigation.Navigator;
import org.eclipse.swt.custom.BusyIndicator;

/** F3: opens the declaration of the element referenced at the caret, in whichever spec declares it. */
public final class OpenDeclarationAction extends SpecEditorAction {

	public static final String COMMAND = "org.cryostudio.ui.openDeclaration";

	public OpenDeclarationAction(CryoEditor editor) {
		super(editor, "Open &Declaration", COMMAND);
	}

	@Override
	public void run() {
		if (editor.session() == null) {
			return;
		}
		int offset = selection().getOffset();
		boolean[] opened = new boolean[1];
		BusyIndicator.showWhile(editor.getSite().getShell().getDisplay(),
				() -> opened[0] = Navigator.openDeclaration(editor.getSite().getPage(), editor.session(), offset));
		if (!opened[0]) {
			status("No declaration found at the caret.");
		}
	}
}
