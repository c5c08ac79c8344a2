package org.cryostudio.ui.editor.actions;

import org.cryostudio.ui.editor.CryoEditor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;

/**
 * Ctrl+/: comments the selected lines out with "//", or in again if all of them are commented out.
 * The viewer does it as one undo step.
 */
public final class ToggleCommentAction extends Action {

	public static final String COMMAND = "org.cryostudio.ui.toggleComment";
	private static final String PREFIX = "//";

	private final CryoEditor editor;

	public ToggleCommentAction(CryoEditor editor) {
		super("Toggle Co&mment");
		this.editor = editor;
		setActionDefinitionId(COMMAND);
		setId(COMMAND);
	}

	@Override
	public void run() {
		ITextOperationTarget target = editor.getAdapter(ITextOperationTarget.class);
		if (target == null || !editor.isEditable()) {
			return;
		}
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		int operation = allCommented(editor.document(), selection) ? ITextOperationTarget.STRIP_PREFIX
				: ITextOperationTarget.PREFIX;
		if (target.canDoOperation(operation)) {
			target.doOperation(operation);
		}
	}

	static boolean allCommented(IDocument document, ITextSelection selection) {
		int first = selection.getStartLine();
		int last = selection.getEndLine();
		try {
			// a selection that ends at the start of a line does not include that line
			if (last > first && selection.getOffset() + selection.getLength() == document.getLineOffset(last)) {
				last--;
			}
			for (int line = first; line <= last; line++) {
				String text = document.get(document.getLineOffset(line), document.getLineLength(line));
				if (!text.isBlank() && !text.stripLeading().startsWith(PREFIX)) {
					return false;
				}
			}
			return true;
		} catch (BadLocationException e) {
			return false;
		}
	}
}
