package org.cryostudio.report.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old content or the new, never a half-written
 * file: the bytes go to a temporary file in the same directory, are forced to disk, and the
 * temporary file is renamed over the target. A failure leaves the old file untouched.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/** Writes {@code content} to {@code target}, creating its directory when needed. */
	public static void write(Path target, byte[] content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path dir = absolute.getParent();
		Files.createDirectories(dir);
		Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
				java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			try {
				Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				// same directory, so this only happens on unusual file systems; still never half-written
				Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(tmp);
		}
	}
}
