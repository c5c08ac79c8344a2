package org.cryostudio.diagram.editor;

import java.nio.file.Path;

import org.cryostudio.diagram.core.layout.LayoutFile;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;

/**
 * The spec a diagram shows, as the workbench's shared text file buffer: the very document the
 * text editor of the same file edits, so each sees the other's changes at once and both share
 * one dirty state and one undo history.
 */
final class SpecDocument implements AutoCloseable {

	private final IPath location;
	private final LocationKind kind;
	private final ITextFileBuffer buffer;
	private final Path file;
	private final IFile workspaceFile;
	private IFileBufferListener listener;

	private SpecDocument(IPath location, LocationKind kind, IFile workspaceFile, Path file) throws CoreException {
		this.location = location;
		this.kind = kind;
		this.workspaceFile = workspaceFile;
		this.file = file;
		manager().connect(location, kind, null);
		buffer = manager().getTextFileBuffer(location, kind);
	}

	/** @throws CoreException when the input is neither a workspace file nor a local file */
	static SpecDocument open(IEditorInput input) throws CoreException {
		if (input instanceof IFileEditorInput f) {
			IFile file = f.getFile();
			IPath local = file.getLocation();
			return new SpecDocument(file.getFullPath(), LocationKind.IFILE, file, local == null ? null : local.toPath());
		}
		if (input instanceof IURIEditorInput u && "file".equals(u.getURI().getScheme())) {
			Path p = Path.of(u.getURI());
			return new SpecDocument(IPath.fromFile(p.toFile()), LocationKind.LOCATION, null, p);
		}
		throw new CoreException(org.eclipse.core.runtime.Status.error("The diagram opens specs stored as files, not " + input.getName()));
	}

	private static ITextFileBufferManager manager() {
		return FileBuffers.getTextFileBufferManager();
	}

	IDocument document() {
		return buffer.getDocument();
	}

	/** @return the spec's URI for the parser (imports resolve from it) */
	URI uri() {
		// file URIs, as the language server and the text editor use: imports resolve on disk
		return file != null ? URI.createFileURI(file.toAbsolutePath().toString())
				: URI.createPlatformResourceURI(workspaceFile.getFullPath().toString(), true);
	}

	/** @return the spec on disk, null when it has no local file */
	Path file() {
		return file;
	}

	IFile workspaceFile() {
		return workspaceFile;
	}

	/** @return {@code NAME.cryo.layout} beside the spec, null when it has no local file */
	Path layoutFile() {
		return file == null ? null : LayoutFile.besides(file);
	}

	boolean isDirty() {
		return buffer.isDirty();
	}

	void save(IProgressMonitor monitor) throws CoreException {
		buffer.commit(monitor, true);
	}

	/** Calls {@code onDirty} whenever the buffer's dirty state changes (from any editor). */
	void onDirtyChange(Runnable onDirty) {
		listener = new IFileBufferListener() {
			@Override
			public void dirtyStateChanged(IFileBuffer b, boolean dirty) {
				if (b == buffer) {
					onDirty.run();
				}
			}

			// the other notifications are of no interest here
			@Override
			public void bufferCreated(IFileBuffer b) {
			}

			@Override
			public void bufferDisposed(IFileBuffer b) {
			}

			@Override
			public void bufferContentAboutToBeReplaced(IFileBuffer b) {
			}

			@Override
			public void bufferContentReplaced(IFileBuffer b) {
			}

			@Override
			public void stateChanging(IFileBuffer b) {
			}

			@Override
			public void stateValidationChanged(IFileBuffer b, boolean stateValidated) {
			}

			@Override
			public void underlyingFileMoved(IFileBuffer b, IPath path) {
			}

			@Override
			public void underlyingFileDeleted(IFileBuffer b) {
			}

			@Override
			public void stateChangeFailed(IFileBuffer b) {
			}
		};
		manager().addFileBufferListener(listener);
	}

	@Override
	public void close() {
		if (listener != null) {
			manager().removeFileBufferListener(listener);
		}
		try {
			manager().disconnect(location, kind, null);
		} catch (CoreException e) {
			org.eclipse.core.runtime.ILog.of(SpecDocument.class).error("Could not release " + location, e);
		}
	}
}
