package org.cryostudio.ui.editor;

import java.io.IOException;

import org.cryostudio.ui.workspace.SaveJournal;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;

/**
 * The spec editor's documents: workspace file buffers whose saves go through the
 * {@link SaveJournal}, so that a crash while saving never loses or corrupts a spec. A save that a
 * crash interrupted is completed the next time the spec is opened.
 */
public final class CryoDocumentProvider extends TextFileDocumentProvider {

	private static CryoDocumentProvider instance;

	/** @return the provider shared by all spec editors (so they share buffers) */
	public static synchronized CryoDocumentProvider get() {
		if (instance == null) {
			instance = new CryoDocumentProvider();
		}
		return instance;
	}

	@Override
	public void connect(Object element) throws CoreException {
		if (element instanceof IFileEditorInput input && getFileInfo(element) == null) {
			recover(input.getFile());
		}
		super.connect(element);
	}

	@Override
	protected void commitFileBuffer(IProgressMonitor monitor, FileInfo info, boolean overwrite) throws CoreException {
		if (info.fElement instanceof IFileEditorInput input) {
			SaveJournal.guarded(input.getFile(), info.fTextFileBuffer,
					m -> super.commitFileBuffer(m, info, overwrite), monitor);
		} else {
			super.commitFileBuffer(monitor, info, overwrite);
		}
	}

	private static void recover(IFile file) {
		IPath location = file.getLocation();
		if (location == null) {
			return;
		}
		try {
			if (SaveJournal.recover(location.toPath())) {
				file.refreshLocal(IResource.DEPTH_ZERO, null);
				ILog.of(CryoDocumentProvider.class).info("Completed an interrupted save of " + file.getFullPath());
			}
		} catch (IOException | CoreException e) {
			ILog.of(CryoDocumentProvider.class).error("Could not complete an interrupted save of " + file.getFullPath(), e);
		}
	}
}
