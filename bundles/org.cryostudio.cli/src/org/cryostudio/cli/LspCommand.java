package org.cryostudio.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import org.cryostudio.dsl.ide.server.CryoLanguageServer;

import picocli.CommandLine.Command;

/**
 * {@code cryo lsp}: the language server for .cryo files, JSON-RPC on stdin/stdout. Anything else
 * the JVM would print on stdout goes to stderr, so that it cannot corrupt the protocol.
 */
@Command(name = "lsp", description = "Run the language server on stdio (for editors such as VS Code, vim, Emacs).")
final class LspCommand implements Callable<Integer> {
	@Override
	public Integer call() throws InterruptedException {
		FileOutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
		FileInputStream protocolIn = new FileInputStream(FileDescriptor.in);
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
		try {
			CryoLanguageServer.start(protocolIn, protocolOut).get();
		} catch (ExecutionException e) {
			throw new UserError("language server stopped: " + e.getCause());
		}
		return CryoCli.OK;
	}
}
