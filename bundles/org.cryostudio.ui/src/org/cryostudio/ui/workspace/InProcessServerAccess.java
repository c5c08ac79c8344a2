package org.cryostudio.ui.workspace;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * What Xtext's rename and code-action services expect from a language server, answered directly
 * by the worker that owns the workspace (they are only ever called on that thread).
 */
final class InProcessServerAccess implements ILanguageServerAccess {

	private final WorkspaceManager workspace;
	private final UriExtensions uris;
	private final InitializeParams params;

	InProcessServerAccess(WorkspaceManager workspace, UriExtensions uris) {
		this.workspace = workspace;
		this.uris = uris;
		// edits come back as a plain uri -> edits map, which is what the desktop applies
		WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
		edits.setDocumentChanges(false);
		WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
		workspaceCapabilities.setWorkspaceEdit(edits);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setWorkspace(workspaceCapabilities);
		this.params = new InitializeParams();
		params.setCapabilities(capabilities);
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		return CompletableFuture.completedFuture(doSyncRead(uri, function));
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		URI resourceUri = uris.toUri(uri);
		return workspace.doRead(resourceUri, (document, resource) -> function.apply(
				new Context(resource, document, workspace.isDocumentOpen(resourceUri), CancelIndicator.NullImpl)));
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		return CompletableFuture.completedFuture(function.apply(new IndexContext(workspace.getIndex(), CancelIndicator.NullImpl)));
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
		workspace.addBuildListener(listener);
	}

	@Override
	public void removeBuildListener(IBuildListener listener) {
		workspace.removeBuildListener(listener);
	}

	@Override
	public LanguageClient getLanguageClient() {
		return null;
	}

	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		ProjectManager project = workspace.getProjectManager(uri);
		return project.createLiveScopeResourceSet();
	}

	@Override
	public InitializeParams getInitializeParams() {
		return params;
	}

	@Override
	public InitializeResult getInitializeResult() {
		ServerCapabilities capabilities = new ServerCapabilities();
		// rename checks the position first, as it does for clients that ask before renaming
		capabilities.setRenameProvider(Either.forRight(new RenameOptions(true)));
		return new InitializeResult(capabilities);
	}
}
