package org.cryostudio.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Future;

import org.cryostudio.dsl.ide.CryoIdeSetup;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * The Cryo language server: Xtext's LSP implementation with the Cryo language registered directly
 * (not found through {@code META-INF/services}, which OSGi class loaders do not see), speaking
 * JSON-RPC on the given streams. {@code cryo lsp} runs it on stdin/stdout; the tests on pipes.
 */
public final class CryoLanguageServer {

	private CryoLanguageServer() {
	}

	/** Xtext's server bindings, with a registry that knows .cryo files. */
	public static Module module() {
		Injector language = new CryoIdeSetup().createInjectorAndDoEMFRegistration();
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put("cryo", language.getInstance(IResourceServiceProvider.class));
		return Modules.override(new ServerModule())
				.with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry));
	}

	/**
	 * Starts a server on the streams.
	 *
	 * @return completes when the input ends (the client closed it or sent {@code exit})
	 */
	public static Future<Void> start(InputStream in, OutputStream out) {
		LanguageServerImpl server = Guice.createInjector(module()).getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}
}
