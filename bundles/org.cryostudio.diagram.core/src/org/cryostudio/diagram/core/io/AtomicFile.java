package org.cryostudio.diagram.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that a crash never leaves half of it: a temporary file in the same folder is
 * moved over the old one. The new file keeps the old one's permissions, or gets the usual
 * rw-r--r-- (a temporary file would otherwise make it private to its owner).
 */
public final class AtomicFile {

	private static final Set<PosixFilePermission> USUAL = PosixFilePermissions.fromString("rw-r--r--");

	private AtomicFile() {
	}

	public static void write(Path file, byte[] content) throws IOException {
		Path target = file.toAbsolutePath();
		Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
		try {
			Files.write(tmp, content);
			if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null) {
				Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target) : USUAL);
			}
			try {
				Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(tmp);
		}
	}
}
