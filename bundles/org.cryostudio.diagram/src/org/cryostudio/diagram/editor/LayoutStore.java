package org.cryostudio.diagram.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.cryostudio.diagram.core.layout.LayoutFile;
import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.Point;
import org.eclipse.core.runtime.ILog;

/**
 * The layout file of an open diagram: read once, written (atomically) right after each change
 * the user makes in the diagram, and never because the text changed, except to follow a rename.
 */
final class LayoutStore {

	private final Path path;
	private LayoutFile file;
	private String lastError;

	LayoutStore(Path path) {
		this.path = path;
		LayoutFile read;
		try {
			read = path == null ? new LayoutFile() : LayoutFile.read(path);
		} catch (IOException e) {
			lastError = "Could not read " + path.getFileName() + ": " + e.getMessage();
			read = new LayoutFile();
		}
		file = read;
	}

	LayoutFile file() {
		return file;
	}

	/** @return the file's path, null for a spec without a local file */
	Path path() {
		return path;
	}

	void put(DiagramView view, Map<String, Point> positions) {
		positions.forEach((id, p) -> file.put(view, id, p));
		write();
	}

	/** Restores entries: a null position removes the element's line. */
	void restore(DiagramView view, Map<String, Point> positions) {
		positions.forEach((id, p) -> {
			if (p == null) {
				file.remove(view, id);
			} else {
				file.put(view, id, p);
			}
		});
		write();
	}

	void rename(String oldName, String newName) {
		if (file.rename(oldName, newName)) {
			write();
		}
	}

	void retain(DiagramView view, Set<String> ids) {
		if (file.retain(view, ids)) {
			write();
		}
	}

	/** @return the last read or write failure, for the status line; null when all went well */
	String lastError() {
		return lastError;
	}

	private void write() {
		if (path == null) {
			return;
		}
		try {
			file.write(path);
			lastError = null;
		} catch (IOException e) {
			lastError = "Could not write " + path.getFileName() + ": " + e.getMessage();
			ILog.of(LayoutStore.class).warn(lastError, e);
		}
	}
}
