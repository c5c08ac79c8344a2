package org.cryostudio.cli;

import java.util.concurrent.Callable;

import org.eclipse.xtext.ide.server.ServerLauncher;

import picocli.CommandLine.Command;

/** {@code cryo lsp}: the Xtext language server for .cryo files on stdin/stdout. */
@Command(name = "lsp", description = "Run the language server on stdio (for editors such as VS Code, vim, Emacs).")
final class LspCommand implements Callable<Integer> {
	@Override
	public Integer call() {
		// finds the Cryo language through META-INF/services/org.eclipse.xtext.ISetup of org.cryostudio.dsl.ide
		ServerLauncher.main(new String[0]);
		return CryoCli.OK;
	}
}
