package org.cryostudio.dsl.scoping;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;

/**
 * Resolves {@code import "other.cryo"} relative to the importing file and keeps imports inside
 * the spec's project: absolute paths are refused, and so is {@code ..} climbing above the
 * project root. The root is the nearest directory above the importing file that holds a
 * {@value #PROJECT_MARKER} file or a {@code .git} directory; without one, the importing file's
 * own directory. Only {@code .cryo} files are ever resolved, so no other EMF resource factory
 * (XMI, XML) reads a file a spec names, and a symbolic link inside the project cannot lead out of it.
 */
public final class ImportPaths {

	/** File that marks the root directory of a spec project. */
	public static final String PROJECT_MARKER = ".cryoproject";

	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");
	private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/]");

	/** Why an import cannot be followed. */
	public enum Problem {
		/** an absolute path, a drive letter or a URI scheme */
		ABSOLUTE,
		/** {@code ..} leads above the project root */
		OUTSIDE_ROOT,
		/** the path cannot be read as a path */
		MALFORMED,
		/** not a {@code .cryo} spec */
		NOT_A_SPEC
	}

	/**
	 * @param uri     the imported file, null when the import is refused
	 * @param problem why the import is refused, null when it is not
	 */
	public record Resolution(URI uri, Problem problem) {
		public boolean isValid() {
			return problem == null;
		}
	}

	private ImportPaths() {
	}

	/**
	 * @param importer   the URI of the importing spec
	 * @param importText the text between the quotes
	 */
	public static Resolution resolve(URI importer, String importText) {
		if (importText == null || importText.isBlank() || importText.indexOf('\0') >= 0) {
			return new Resolution(null, Problem.MALFORMED);
		}
		String text = importText.strip().replace('\\', '/');
		if (text.startsWith("/") || DRIVE.matcher(importText.strip()).find() || SCHEME.matcher(text).find()
				|| text.startsWith("~")) {
			return new Resolution(null, Problem.ABSOLUTE);
		}
		if (importer == null) {
			return new Resolution(null, Problem.MALFORMED);
		}
		if (!text.endsWith(".cryo")) {
			return new Resolution(null, Problem.NOT_A_SPEC);
		}
		if (importer.isFile()) {
			return resolveFile(importer, text);
		}
		return resolveUri(importer, text);
	}

	private static Resolution resolveFile(URI importer, String text) {
		try {
			Path dir = Path.of(importer.toFileString()).toAbsolutePath().normalize().getParent();
			Path target = dir.resolve(text).normalize();
			Path root = root(dir);
			if (!target.startsWith(root) || escapesByLink(root, target)) {
				return new Resolution(null, Problem.OUTSIDE_ROOT);
			}
			return new Resolution(URI.createFileURI(target.toString()), null);
		} catch (InvalidPathException e) {
			return new Resolution(null, Problem.MALFORMED);
		}
	}

	/** a symbolic link (the file or a directory on the way) that points outside the project */
	private static boolean escapesByLink(Path root, Path target) {
		if (!Files.exists(target)) {
			return false; // reported as missing; nothing is read
		}
		try {
			return !target.toRealPath().startsWith(root.toRealPath());
		} catch (java.io.IOException | SecurityException e) {
			return true;
		}
	}

	/** Non-file URIs (editors' in-memory documents): the importing file's directory is the root. */
	private static Resolution resolveUri(URI importer, String text) {
		URI relative;
		try {
			relative = URI.createURI(text);
		} catch (IllegalArgumentException e) {
			return new Resolution(null, Problem.MALFORMED);
		}
		int depth = 0;
		for (String segment : relative.segments()) {
			depth += segment.equals("..") ? -1 : segment.equals(".") ? 0 : 1;
			if (depth < 0) {
				return new Resolution(null, Problem.OUTSIDE_ROOT);
			}
		}
		return new Resolution(relative.resolve(importer), null);
	}

	/** @return the project root of a directory: the nearest ancestor with a marker, else the directory */
	public static Path root(Path directory) {
		for (Path d = directory; d != null; d = d.getParent()) {
			if (Files.exists(d.resolve(PROJECT_MARKER)) || Files.isDirectory(d.resolve(".git"))) {
				return d;
			}
		}
		return directory;
	}

	/** @return a short description of the problem for messages */
	public static String describe(Problem problem) {
		return switch (problem) {
			case ABSOLUTE -> "imports are relative to the importing file; absolute paths and URIs are not allowed";
			case OUTSIDE_ROOT -> "the import leads outside the spec's project (the directory holding "
					+ PROJECT_MARKER + " or .git)";
			case MALFORMED -> "not a file path";
			case NOT_A_SPEC -> "only .cryo specs can be imported";
		};
	}
}
