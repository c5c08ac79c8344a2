package org.cryostudio.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cryo check FILE...}: parse, link and validate; exit 1 when any error is found. */
@Command(name = "check", description = "Parse, link and validate specs (syntax, units, physics rules).")
final class CheckCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	DiagnosticWriter.Format format;

	@Parameters(paramLabel = "FILE", arity = "1..*", description = "The .cryo files to check; a directory stands for every .cryo file below it.")
	List<String> files;

	@Override
	public Integer call() {
		List<String> specs = SpecFiles.expand(files);
		List<Diagnostic> diagnostics = new SpecChecker().check(specs);
		DiagnosticWriter.write(format, diagnostics, spec.commandLine().getOut());
		long errors = diagnostics.stream().filter(Diagnostic::isError).count();
		long warnings = diagnostics.stream().filter(d -> "warning".equals(d.severity())).count();
		if (format == DiagnosticWriter.Format.text) {
			spec.commandLine().getErr().printf("%d file(s) checked: %d error(s), %d warning(s)%n", specs.size(),
					errors, warnings);
		}
		return errors > 0 ? CryoCli.DESIGN_ERRORS : CryoCli.OK;
	}
}
