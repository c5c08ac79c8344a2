package org.cryostudio.ui.workspace;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.findReferences.WorkspaceResourceAccess;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * One spec file as the language worker sees it during a read: its text (the open editor's or the
 * file's), its parsed, linked and validated resource, and the workspace around it. Valid only
 * inside the read that received it, on the worker thread.
 */
public final class SpecAccess {

	private final URI uri;
	private final Document document;
	private final XtextResource resource;
	private final WorkspaceManager workspace;
	private final ILanguageServerAccess serverAccess;
	private final CancelIndicator cancel;

	SpecAccess(URI uri, Document document, XtextResource resource, WorkspaceManager workspace,
			ILanguageServerAccess serverAccess, CancelIndicator cancel) {
		this.uri = uri;
		this.document = document;
		this.resource = resource;
		this.workspace = workspace;
		this.serverAccess = serverAccess;
		this.cancel = cancel;
	}

	public URI uri() {
		return uri;
	}

	/** @return the text the resource was built from, with LSP line/character conversions */
	public Document document() {
		return document;
	}

	public XtextResource resource() {
		return resource;
	}

	/** @return the language's service of that type (ide bindings included), or null if it binds none */
	public <T> T service(Class<T> type) {
		return resource.getResourceServiceProvider().get(type);
	}

	public IResourceDescriptions index() {
		return workspace.getIndex();
	}

	/** @return access to other specs of the workspace (for go-to-definition across files) */
	public IReferenceFinder.IResourceAccess resourceAccess() {
		return new WorkspaceResourceAccess(workspace);
	}

	/** @return the language-server view of the workspace that rename and code actions expect */
	public ILanguageServerAccess serverAccess() {
		return serverAccess;
	}

	public CancelIndicator cancelIndicator() {
		return cancel;
	}

	/** @return the version the editor gave this text, or null for a file that is not open */
	public Integer version() {
		return workspace.isDocumentOpen(uri) ? document.getVersion() : null;
	}
}
