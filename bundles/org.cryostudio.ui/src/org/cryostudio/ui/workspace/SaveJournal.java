package org.cryostudio.ui.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

/**
 * Makes saving a spec crash-safe. Before the file is overwritten in place, the complete new content
 * is written to a journal beside it ({@code .NAME.cryostudio-save}), flushed to disk and only then
 * given its final name, atomically. So at every instant either the file is intact (no complete
 * journal yet) or a complete journal exists; {@link #recover} puts a complete journal in place after
 * a crash. The in-place write is kept because that is how the workbench's file buffers stay
 * synchronized with the file (undo history, modification stamps, markers).
 */
public final class SaveJournal {

	static final String SUFFIX = ".cryostudio-save";
	private static final String PARTIAL = ".part";

	private SaveJournal() {
	}

	/** Saves a file buffer crash-safely (see {@link #guarded}). */
	public static void commit(ITextFileBuffer buffer, IFile file, IProgressMonitor monitor, boolean overwrite)
			throws CoreException {
		guarded(file, buffer, m -> buffer.commit(m, overwrite), monitor);
	}

	/**
	 * Runs a save of the buffer's text into the file between writing the journal and removing it.
	 * Files without a local path are saved unguarded.
	 */
	public static void guarded(IFile file, ITextFileBuffer buffer, ICoreRunnable save, IProgressMonitor monitor)
			throws CoreException {
		IPath location = file.getLocation();
		if (location == null || !file.exists()) {
			save.run(monitor);
			return;
		}
		Path path = location.toPath();
		try {
			String encoding = buffer.getEncoding() != null ? buffer.getEncoding() : file.getCharset();
			begin(path, buffer.getDocument().get().getBytes(Charset.forName(encoding)));
			save.run(monitor);
			end(path);
		} catch (IOException e) {
			throw new CoreException(Status.error("Could not save " + file.getFullPath() + " safely: " + e.getMessage(), e));
		}
	}

	/** @return where the journal of that file lives */
	public static Path journalOf(Path file) {
		return file.resolveSibling("." + file.getFileName() + SUFFIX);
	}

	/** Writes the journal of a save that is about to overwrite the file; returns once it is on disk. */
	public static void begin(Path file, byte[] content) throws IOException {
		Path journal = journalOf(file);
		Path partial = journal.resolveSibling(journal.getFileName() + PARTIAL);
		try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			ByteBuffer buffer = ByteBuffer.wrap(content);
			while (buffer.hasRemaining()) {
				out.write(buffer);
			}
			out.force(true);
		}
		move(partial, journal);
		syncDirectory(file.getParent());
	}

	/** The save completed: the file holds the content, the journal is no longer needed. */
	public static void end(Path file) throws IOException {
		Files.deleteIfExists(journalOf(file));
	}

	/**
	 * Completes a save that was interrupted: puts a complete journal in place of the file and drops
	 * an incomplete one (the file is then intact).
	 *
	 * @return true if the file was replaced by its journal
	 */
	public static boolean recover(Path file) throws IOException {
		Path journal = journalOf(file);
		Files.deleteIfExists(journal.resolveSibling(journal.getFileName() + PARTIAL));
		if (!Files.exists(journal)) {
			return false;
		}
		move(journal, file);
		syncDirectory(file.getParent());
		return true;
	}

	/** @return true if the name is a journal (complete or not), which tools should ignore */
	public static boolean isJournal(String fileName) {
		return fileName.endsWith(SUFFIX) || fileName.endsWith(SUFFIX + PARTIAL);
	}

	/** @return the file a complete journal belongs to, or null if the path is no complete journal */
	public static Path fileOfJournal(Path journal) {
		String name = journal.getFileName().toString();
		if (!name.startsWith(".") || !name.endsWith(SUFFIX)) {
			return null;
		}
		return journal.resolveSibling(name.substring(1, name.length() - SUFFIX.length()));
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void syncDirectory(Path directory) {
		if (directory == null) {
			return;
		}
		try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
			dir.force(true);
		} catch (IOException e) {
			// not every platform can open a directory; the rename itself is still atomic
		}
	}
}
