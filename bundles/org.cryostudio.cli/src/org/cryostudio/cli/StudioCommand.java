package org.cryostudio.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/**
 * {@code cryo studio}: the desktop application is an OSGi product started by the {@code ./cryo}
 * script (which intercepts this command); reaching Java means the script was bypassed.
 */
@Command(name = "studio", description = "Start the CryoStudio desktop application (via the ./cryo script).")
final class StudioCommand implements Callable<Integer> {
	@Override
	public Integer call() {
		throw new UserError("the desktop is started by the ./cryo launcher script: run './cryo studio' from the repository root");
	}
}
