package org.cryostudio.ui.editor.actions;

import org.cryostudio.ui.editor.CryoEditor;
import org.cryostudio.ui.editor.edit.Renaming;
import org.cryostudio.ui.editor.edit.WorkspaceEdits;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.window.Window;
import org.eclipse.lsp4j.WorkspaceEdit;

/** Alt+Shift+R: renames the element at the caret and every reference to it, across specs. */
public final class RenameAction extends SpecEditorAction {

	public static final String COMMAND = "org.cryostudio.ui.rename";

	public RenameAction(CryoEditor editor) {
		super(editor, "Re&name Element...", COMMAND);
	}

	@Override
	public void run() {
		if (!editor.isEditable()) {
			return;
		}
		int offset = selection().getOffset();
		Renaming.Target target = ask(spec -> Renaming.prepare(spec, offset));
		if (target == null || target.name() == null) {
			status("Nothing to rename at the caret.");
			return;
		}
		InputDialog dialog = new InputDialog(editor.getSite().getShell(), "Rename Element",
				"New name for '" + target.name() + "' (references in all specs follow):", target.name(), NAME);
		if (dialog.open() != Window.OK || dialog.getValue().equals(target.name())) {
			return;
		}
		String newName = dialog.getValue();
		WorkspaceEdit edit = ask(spec -> Renaming.rename(spec, offset, newName));
		if (edit == null) {
			return;
		}
		try {
			WorkspaceEdits.apply(edit, editor.document(), editor.getAdapter(IRewriteTarget.class));
		} catch (CoreException e) {
			ErrorDialog.openError(editor.getSite().getShell(), "Rename Element", "The rename could not be applied.",
					e.getStatus());
		}
	}

	private static final IInputValidator NAME = text -> text.matches("[A-Za-z_][A-Za-z0-9_]*") ? null
			: "A name starts with a letter or '_' and goes on with letters, digits or '_'.";
}
