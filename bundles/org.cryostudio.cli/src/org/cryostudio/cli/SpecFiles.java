package org.cryostudio.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a command works on: each argument is a file, kept as given, or a directory, which
 * stands for every {@code .cryo} file below it (sorted, hidden directories and build output
 * skipped), so that {@code cryo check dsl-examples} checks a whole project.
 */
final class SpecFiles {

	private SpecFiles() {
	}

	/**
	 * @param arguments files and directories as the user gave them
	 * @return the files, directories expanded in sorted order
	 * @throws UserError when a directory cannot be listed
	 */
	static List<String> expand(List<String> arguments) {
		List<String> files = new ArrayList<>();
		for (String argument : arguments) {
			Path path = Path.of(argument);
			if (!Files.isDirectory(path)) {
				files.add(argument);
				continue;
			}
			List<String> found;
			try (Stream<Path> walk = Files.walk(path)) {
				found = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".cryo"))
						.filter(p -> !skipped(path.relativize(p)))
						.map(Path::toString).sorted().toList();
			} catch (IOException | UncheckedIOException e) {
				throw new UserError(argument + ": cannot list the directory (" + e.getMessage() + ")");
			}
			if (found.isEmpty()) {
				throw new UserError(argument + ": no .cryo files in this directory");
			}
			files.addAll(found);
		}
		return files;
	}

	/** Hidden directories (.git) and build output (target) hold no specs of the user's. */
	private static boolean skipped(Path relative) {
		for (int i = 0; i < relative.getNameCount() - 1; i++) {
			String part = relative.getName(i).toString();
			if (part.startsWith(".") || part.equals("target")) {
				return true;
			}
		}
		return false;
	}
}
