package org.cryostudio.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cryo} command line: the headless face of CryoStudio (see design/CLI.md). Runs on a
 * plain Java class path without OSGi or a display.
 *
 * <p>Exit codes: 0 success, 1 the design has errors, 2 usage, I/O or internal error. User
 * mistakes give one line on stderr, never a stack trace (set CRYO_DEBUG=1 to see one for an
 * internal error).
 */
@Command(name = "cryo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "CryoStudio: check, format and solve vacuum and cryogenic system specs (.cryo).",
		subcommands = { CheckCommand.class, FormatCommand.class, SolveCommand.class, ReportCommand.class, DiffCommand.class, PropsCommand.class, LspCommand.class, StudioCommand.class, CommandLine.HelpCommand.class })
public final class CryoCli implements Runnable {

	public static final int OK = 0;
	public static final int DESIGN_ERRORS = 1;
	public static final int USAGE_OR_IO = 2;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	public static void main(String[] args) {
		System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
	}

	/** Runs one command with the given streams; returns the exit code (used by tests). */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		CommandLine cli = new CommandLine(new CryoCli());
		cli.setOut(out);
		cli.setErr(err);
		cli.setParameterExceptionHandler((ex, a) -> {
			err.println("cryo: " + ex.getMessage());
			err.println("Try 'cryo help" + commandPath(ex.getCommandLine()) + "'.");
			return USAGE_OR_IO;
		});
		cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			if (ex instanceof DesignError design) {
				err.println("cryo: " + design.getMessage());
				return DESIGN_ERRORS;
			}
			if (ex instanceof UserError user) {
				err.println("cryo: " + user.getMessage());
			} else {
				err.println("cryo: internal error: " + ex);
				if (System.getenv("CRYO_DEBUG") != null) {
					ex.printStackTrace(err);
				}
			}
			return USAGE_OR_IO;
		});
		int code = cli.execute(args);
		out.flush();
		err.flush();
		return code;
	}

	private static String commandPath(CommandLine commandLine) {
		String path = commandLine.getCommandSpec().qualifiedName(" ");
		return path.startsWith("cryo") ? path.substring(4) : path;
	}
}
