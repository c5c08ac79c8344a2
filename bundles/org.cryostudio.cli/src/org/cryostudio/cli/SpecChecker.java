package org.cryostudio.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cryostudio.dsl.CryoStandaloneSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Loads spec files into one resource set (so references across files resolve), validates them
 * and turns Xtext issues into {@link Diagnostic}s with stable codes.
 */
public final class SpecChecker {

	/** Xtext's own issue codes, renamed to the short stable codes scripts rely on. */
	private static final Map<String, String> XTEXT_CODES = Map.of(
			org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC, "syntax",
			org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC, "unresolved-reference");

	private static Injector injector;

	private final XtextResourceSet resourceSet;

	public SpecChecker() {
		this.resourceSet = injector().getInstance(XtextResourceSet.class);
	}

	/** The language's injector, created once per JVM (EMF registration is global). */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new CryoStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/**
	 * Loads and validates the files.
	 *
	 * @param files paths as the user gave them
	 * @return the diagnostics of all files, in file order then position order
	 * @throws UserError when a file is missing or unreadable
	 */
	public List<Diagnostic> check(List<String> files) {
		List<Diagnostic> all = new ArrayList<>();
		List<String> loaded = new ArrayList<>();
		List<Resource> resources = new ArrayList<>();
		for (String f : files) {
			Diagnostic tooDeep = nestingViolation(f);
			if (tooDeep != null) {
				all.add(tooDeep);
				continue;
			}
			loaded.add(f);
			resources.add(load(f));
		}
		for (int i = 0; i < loaded.size(); i++) {
			all.addAll(validate(loaded.get(i), resources.get(i)));
		}
		return all;
	}

	/** A located syntax error for absurdly deep nesting, which the parser could not survive. */
	private static Diagnostic nestingViolation(String path) {
		String text;
		try {
			text = java.nio.file.Files.readString(java.nio.file.Path.of(path));
		} catch (java.io.IOException | RuntimeException e) {
			return null; // load() reports unreadable files
		}
		NestingGuard.Violation v = NestingGuard.check(text);
		if (v == null) {
			return null;
		}
		return new Diagnostic(path, v.line(), v.column(), v.line(), v.column() + 1, "error", "syntax",
				"brackets nested deeper than " + NestingGuard.MAX_DEPTH + " levels; the file was not parsed further");
	}

	/** Loads one file into the shared resource set. */
	public Resource load(String path) {
		File file = new File(path);
		if (!file.exists()) {
			throw new UserError(path + ": no such file");
		}
		if (!file.isFile() || !file.canRead()) {
			throw new UserError(path + ": not a readable file");
		}
		if (!file.getName().endsWith(".cryo")) {
			// only the Cryo parser may read user files: no other EMF resource factory (XML, XMI) is ever used
			throw new UserError(path + ": not a .cryo spec");
		}
		try {
			return resourceSet.getResource(URI.createFileURI(file.getAbsolutePath()), true);
		} catch (RuntimeException e) {
			throw new UserError(path + ": cannot be read (" + rootMessage(e) + ")");
		}
	}

	private static List<Diagnostic> validate(String path, Resource resource) {
		IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		List<Diagnostic> result = new ArrayList<>();
		for (Issue issue : issues) {
			result.add(toDiagnostic(path, issue));
		}
		result.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
				: Integer.compare(a.column(), b.column()));
		return result;
	}

	static Diagnostic toDiagnostic(String path, Issue issue) {
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		int endLine = issue.getLineNumberEnd() == null ? line : issue.getLineNumberEnd();
		int endColumn = issue.getColumnEnd() == null ? column + Math.max(1, lengthOf(issue)) : issue.getColumnEnd();
		String code = issue.getCode() != null ? XTEXT_CODES.getOrDefault(issue.getCode(), issue.getCode())
				// Xtext's NamesAreUniqueValidator reports without a code
				: issue.getMessage() != null && issue.getMessage().startsWith("Duplicate") ? "duplicate-name" : "validation";
		return new Diagnostic(path, line, column, endLine, endColumn, severity(issue.getSeverity()), code,
				issue.getMessage());
	}

	private static int lengthOf(Issue issue) {
		return issue.getLength() == null ? 1 : issue.getLength();
	}

	private static String severity(Severity severity) {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			default -> severity.name().toLowerCase(Locale.ROOT);
		};
	}

	private static String rootMessage(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}
}
