package org.cryostudio.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cryostudio.report.design.DesignIdentity;
import org.cryostudio.analysis.solver.SolverRegistry;
import org.cryostudio.report.design.DesignInput;
import org.cryostudio.report.design.DesignSolution;
import org.cryostudio.report.design.Git;
import org.cryostudio.report.design.GitState;
import org.cryostudio.report.model.Finding;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * Loads one version of a design for a report or a diff: a spec file, or the text a file had at a
 * git revision ({@code REV:path}, as {@code git show} reads it). Each design gets its own resource
 * set, so two versions of one file can be held at once; imports resolve beside the file's place
 * in the work tree. The exact bytes parsed are the bytes hashed.
 */
final class DesignLoader {

	/** One loaded design: what the user named, its text, the parsed spec and its diagnostics. */
	record Loaded(String label, Path path, byte[] content, Resource resource, List<Diagnostic> diagnostics, GitState git) {

		long errors() {
			return diagnostics.stream().filter(Diagnostic::isError).count();
		}

		/**
		 * Runs every applicable solver, unless the design has errors (then the solution says so).
		 * Progress goes to stderr.
		 */
		DesignSolution solve(PrintWriter err, boolean terminal) {
			if (errors() > 0) {
				return DesignSolution.notSolved("the design has " + errors() + " error(s)");
			}
			System.setProperty("java.awt.headless", "true");
			return DesignSolution.solve(resource, SolverRegistry.discover(), new StderrProgress(err, terminal));
		}

		/** @return the design as the report and diff builders take it */
		DesignInput input(ZonedDateTime date, DesignSolution solution) {
			List<Finding> findings = new ArrayList<>();
			for (Diagnostic d : diagnostics) {
				Finding.Severity s = switch (d.severity()) {
					case "error" -> Finding.Severity.ERROR;
					case "warning" -> Finding.Severity.WARNING;
					default -> Finding.Severity.INFO;
				};
				findings.add(new Finding(s, d.code(), d.file() + ":" + d.line() + ":" + d.column(), d.message()));
			}
			return new DesignInput(new DesignIdentity(label, DesignIdentity.sha256(content), git, VersionProvider.version(), date),
					resource, findings, solution);
		}
	}

	private final Git git;
	private final Path cwd;

	/** @param cwd the directory relative paths and {@code REV:./path} are read from (the process's, outside tests) */
	DesignLoader(Git git, Path cwd) {
		this.git = git;
		this.cwd = cwd.toAbsolutePath();
	}

	DesignLoader(Git git) {
		this(git, Path.of(""));
	}

	/**
	 * @param argument a file, or {@code REV:path} when no file of that name exists
	 * @throws UserError for a missing or unreadable file, an unknown revision or a path not in it
	 */
	Loaded load(String argument) {
		Path file = cwd.resolve(argument);
		int colon = argument.indexOf(':');
		if (!Files.exists(file) && colon > 0 && colon < argument.length() - 1) {
			return loadRevision(argument, argument.substring(0, colon), argument.substring(colon + 1));
		}
		if (!Files.exists(file)) {
			throw new UserError(argument + ": no such file");
		}
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new UserError(argument + ": not a readable file");
		}
		requireSpec(argument, file);
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UserError(argument + ": cannot be read (" + e.getMessage() + ")");
		}
		return parse(argument, file.toAbsolutePath(), content, git.state(file));
	}

	private Loaded loadRevision(String argument, String revision, String path) {
		Path top = git.topLevel(cwd).orElseThrow(() -> new UserError(argument + ": no such file, and "
				+ cwd + " is not in a git work tree to read a revision from"));
		String commit = git.resolve(cwd, revision).orElseThrow(() -> new UserError(argument + ": no such file, and '"
				+ revision + "' is not a git revision"));
		byte[] content = git.show(cwd, revision, path).orElseThrow(() -> new UserError(argument + ": '" + path
				+ "' does not exist in revision " + revision));
		// git's meaning of the path: relative to the top level unless it starts with ./ or ../
		Path location = (path.startsWith("./") || path.startsWith("../") ? cwd.resolve(path) : top.resolve(path)).normalize();
		requireSpec(argument, location);
		return parse(argument, location, content, new GitState(true, commit, false, "committed"));
	}

	private static void requireSpec(String argument, Path file) {
		if (!file.getFileName().toString().endsWith(".cryo")) {
			// only the Cryo parser may read user files: no other EMF resource factory (XML, XMI) is ever used
			throw new UserError(argument + ": not a .cryo spec");
		}
	}

	private static Loaded parse(String label, Path location, byte[] content, GitState git) {
		String text = new String(content, StandardCharsets.UTF_8);
		NestingGuard.Violation tooDeep = NestingGuard.check(text);
		if (tooDeep != null) {
			throw new DesignError(label + ":" + tooDeep.line() + ":" + tooDeep.column() + ": brackets nested deeper than "
					+ NestingGuard.MAX_DEPTH + " levels; the file was not parsed");
		}
		XtextResourceSet set = SpecChecker.injector().getInstance(XtextResourceSet.class);
		Resource resource = set.createResource(URI.createFileURI(location.toString()));
		try {
			resource.load(new ByteArrayInputStream(content), Map.of());
		} catch (IOException | RuntimeException e) {
			throw new UserError(label + ": cannot be read (" + e.getMessage() + ")");
		}
		List<Issue> issues = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, CancelIndicator.NullImpl);
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (Issue issue : issues) {
			diagnostics.add(SpecChecker.toDiagnostic(label, issue));
		}
		diagnostics.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
		return new Loaded(label, location, content, resource, diagnostics, git);
	}
}
