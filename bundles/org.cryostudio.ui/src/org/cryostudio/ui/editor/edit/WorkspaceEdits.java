package org.cryostudio.ui.editor.edit;

import java.util.List;
import java.util.Map;

import org.cryostudio.ui.workspace.SaveJournal;
import org.cryostudio.ui.workspace.SpecUris;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Applies a language-server edit that may span several specs (rename, quick fixes). A spec open in
 * an editor is changed in its editor (one undo step, left unsaved); any other spec is changed and
 * saved.
 */
public final class WorkspaceEdits {

	private WorkspaceEdits() {
	}

	/**
	 * @param activeDocument the document of the editor the user works in, or null
	 * @param activeTarget   that editor's rewrite target, for one undo step, or null
	 */
	public static void apply(WorkspaceEdit edit, IDocument activeDocument, IRewriteTarget activeTarget)
			throws CoreException {
		if (edit == null || edit.getChanges() == null) {
			return;
		}
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		for (Map.Entry<String, List<TextEdit>> change : edit.getChanges().entrySet()) {
			IFile file = SpecUris.fileOf(SpecUris.parse(change.getKey()));
			if (file == null) {
				throw new CoreException(Status.error("Cannot change " + change.getKey() + ": not in the workspace"));
			}
			IPath path = file.getFullPath();
			boolean wasOpen = buffers.getTextFileBuffer(path, LocationKind.IFILE) != null;
			buffers.connect(path, LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = buffers.getTextFileBuffer(path, LocationKind.IFILE);
				IDocument document = buffer.getDocument();
				boolean active = document == activeDocument && activeTarget != null;
				if (active) {
					activeTarget.beginCompoundChange();
				}
				try {
					DocumentEdits.apply(document, change.getValue());
				} finally {
					if (active) {
						activeTarget.endCompoundChange();
					}
				}
				if (!wasOpen) {
					SaveJournal.commit(buffer, file, null, true);
				}
			} catch (BadLocationException e) {
				throw new CoreException(new Status(IStatus.ERROR, "org.cryostudio.ui",
						"The edit does not fit " + file.getName() + " any more: " + e.getMessage(), e));
			} finally {
				buffers.disconnect(path, LocationKind.IFILE, null);
			}
		}
	}
}
