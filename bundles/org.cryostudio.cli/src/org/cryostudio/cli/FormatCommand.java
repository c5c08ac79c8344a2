package org.cryostudio.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.cryostudio.dsl.formatting2.SpecFormatter;
import org.cryostudio.dsl.model.ModelComparison;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cryo format [--check] FILE...}: rewrites specs in the canonical layout, in place and
 * atomically (a temporary file beside the spec, then a rename). Files that change are listed on
 * stdout. With {@code --check} nothing is written and the exit code is 1 when a file would change.
 * A spec with syntax errors has no canonical form: its errors are reported (exit 1) and the file is
 * left alone. Before writing, the formatted text is parsed again and must give the same model.
 */
@Command(name = "format", description = "Rewrite specs in the canonical layout (in place), or list the ones that are not (--check).")
final class FormatCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--check", description = "Write nothing; list the files that would change and exit 1 if there are any.")
	boolean check;

	@Parameters(paramLabel = "FILE", arity = "1..*", description = "The .cryo files to format; a directory stands for every .cryo file below it.")
	List<String> files;

	@Override
	public Integer call() {
		SpecFormatter formatter = SpecChecker.injector().getInstance(SpecFormatter.class);
		List<String> specs = SpecFiles.expand(files);
		List<Diagnostic> errors = new ArrayList<>();
		int changed = 0;
		for (String file : specs) {
			String original = read(file);
			NestingGuard.Violation deep = NestingGuard.check(original);
			if (deep != null) {
				errors.add(new Diagnostic(file, deep.line(), deep.column(), deep.line(), deep.column() + 1, "error",
						"syntax", "brackets nested deeper than " + NestingGuard.MAX_DEPTH + " levels; the file was not parsed further"));
				continue;
			}
			XtextResource resource = parse(file, original);
			List<Diagnostic> syntax = syntaxErrors(file, resource);
			if (!syntax.isEmpty()) {
				errors.addAll(syntax);
				continue;
			}
			String formatted = formatter.format(resource);
			if (formatted.equals(original)) {
				continue;
			}
			verifySameModel(file, resource, formatted);
			changed++;
			if (!check) {
				writeAtomically(file, formatted);
			}
			spec.commandLine().getOut().println(file);
		}
		spec.commandLine().getOut().flush();
		DiagnosticWriter.write(DiagnosticWriter.Format.text, errors, spec.commandLine().getErr());
		spec.commandLine().getErr().printf("%d file(s): %d %s, %d with syntax errors (not formatted)%n", specs.size(),
				changed, check ? "would be reformatted" : "reformatted",
				errors.stream().map(Diagnostic::file).distinct().count());
		return !errors.isEmpty() || (check && changed > 0) ? CryoCli.DESIGN_ERRORS : CryoCli.OK;
	}

	private static String read(String file) {
		Path path = Path.of(file);
		if (!Files.exists(path)) {
			throw new UserError(file + ": no such file");
		}
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw new UserError(file + ": not a readable file");
		}
		if (!file.endsWith(".cryo")) {
			throw new UserError(file + ": not a .cryo spec");
		}
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		} catch (CharacterCodingException e) {
			throw new UserError(file + ": not UTF-8 text");
		} catch (IOException e) {
			throw new UserError(file + ": cannot be read (" + e.getMessage() + ")");
		}
	}

	/** Parses the text in a resource set of its own: formatting needs no linking. */
	private static XtextResource parse(String file, String text) {
		XtextResourceSet set = SpecChecker.injector().getInstance(XtextResourceSet.class);
		URI uri = URI.createFileURI(Path.of(file).toAbsolutePath().toString());
		XtextResource resource = (XtextResource) set.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UserError(file + ": cannot be read (" + e.getMessage() + ")");
		}
		return resource;
	}

	private static List<Diagnostic> syntaxErrors(String file, XtextResource resource) {
		List<Diagnostic> result = new ArrayList<>();
		for (Resource.Diagnostic error : resource.getErrors()) {
			int line = Math.max(1, error.getLine());
			int column = Math.max(1, error.getColumn());
			int length = error instanceof XtextSyntaxDiagnostic syntax ? Math.max(1, syntax.getLength()) : 1;
			result.add(new Diagnostic(file, line, column, line, column + length, "error", "syntax", error.getMessage()));
		}
		IParseResult parse = resource.getParseResult();
		if (result.isEmpty() && parse != null && parse.hasSyntaxErrors()) {
			// defensive: an error node without a resource diagnostic still means no canonical form
			parse.getSyntaxErrors().forEach(node -> {
				SyntaxErrorMessage message = node.getSyntaxErrorMessage();
				result.add(new Diagnostic(file, node.getStartLine(), 1, node.getStartLine(), 2, "error", "syntax",
						message == null ? "syntax error" : message.getMessage()));
			});
		}
		return result;
	}

	/** The formatter may change layout only: the formatted text must parse to the same model. */
	private static void verifySameModel(String file, XtextResource original, String formatted) {
		XtextResource again = parse(file, formatted);
		String difference = again.getErrors().isEmpty()
				? ModelComparison.firstDifference(original.getParseResult().getRootASTElement(),
						again.getParseResult().getRootASTElement())
				: "the formatted text does not parse: " + again.getErrors().get(0).getMessage();
		if (difference != null) {
			throw new IllegalStateException("the formatter would change " + file + " (" + difference
					+ "); the file was left unchanged");
		}
	}

	/** Writes beside the file, then renames over it: a reader never sees half a spec. */
	private static void writeAtomically(String file, String text) {
		Path target;
		try {
			target = Path.of(file).toRealPath();
		} catch (IOException e) {
			throw new UserError(file + ": cannot be written (" + e.getMessage() + ")");
		}
		Path temporary = null;
		try {
			temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
			if (posix != null) {
				Files.setPosixFilePermissions(temporary, posix.readAttributes().permissions());
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException e) {
			throw new UserError(file + ": cannot be written (" + e.getMessage() + ")");
		} finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException e) {
					// the rename succeeded or the error above is reported; a stray temporary file is harmless
				}
			}
		}
	}
}
