package org.cryostudio.ui.editor.actions;

import org.cryostudio.ui.editor.CryoEditor;
import org.cryostudio.ui.editor.edit.DocumentEdits;
import org.cryostudio.ui.editor.edit.Formatting;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextSelection;

/** Ctrl+Shift+F: the canonical layout of the spec (or of the selected lines), as one undo step. */
public final class FormatAction extends SpecEditorAction {

	public static final String COMMAND = "org.cryostudio.ui.format";

	public FormatAction(CryoEditor editor) {
		super(editor, "&Format", COMMAND);
	}

	@Override
	public void run() {
		if (!editor.isEditable()) {
			return;
		}
		ITextSelection selection = selection();
		int offset = selection.getLength() > 0 ? selection.getOffset() : -1;
		int length = selection.getLength();
		int tabWidth = editor.tabWidth();
		Formatting.Result result = ask(spec -> Formatting.of(spec, offset, length, tabWidth, false));
		if (result == null || result.edits().isEmpty()) {
			return;
		}
		if (result.version() == null || result.version() != editor.session().version()) {
			status("The spec changed while it was being formatted; format again.");
			return;
		}
		IRewriteTarget target = editor.getAdapter(IRewriteTarget.class);
		target.beginCompoundChange();
		try {
			DocumentEdits.apply(editor.document(), result.edits());
		} catch (BadLocationException e) {
			status("Formatting failed: " + e.getMessage());
		} finally {
			target.endCompoundChange();
		}
	}
}
