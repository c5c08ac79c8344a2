package org.cryostudio.ui.editor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.cryostudio.ui.editor.model.SpecModel;
import org.cryostudio.ui.editor.model.SpecModels;
import org.cryostudio.ui.workspace.CryoWorkspace;
import org.cryostudio.ui.workspace.OpenSpecs;
import org.cryostudio.ui.workspace.SpecAccess;
import org.cryostudio.ui.workspace.SpecListener;
import org.cryostudio.ui.workspace.SpecReader;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;

/**
 * Connects one editor's document to the language worker: every change is sent (never waited for),
 * and after each build the worker computes the editor's {@link SpecModel}, which is delivered on the
 * UI thread only if the text has not changed since.
 */
public final class SpecSession implements IDocumentListener, SpecListener {

	private final URI uri;
	private final IDocument document;
	private final Display display;
	private final Consumer<SpecModel> onModel;
	private final AtomicInteger version = new AtomicInteger();
	private volatile boolean disposed;

	SpecSession(URI uri, IDocument document, Display display, Consumer<SpecModel> onModel) {
		this.uri = uri;
		this.document = document;
		this.display = display;
		this.onModel = onModel;
	}

	void start() {
		int v = version.incrementAndGet();
		OpenSpecs.opened(uri, v);
		CryoWorkspace workspace = CryoWorkspace.get();
		workspace.addListener(this);
		workspace.open(uri, v, document.get());
		document.addDocumentListener(this);
	}

	void dispose() {
		disposed = true;
		document.removeDocumentListener(this);
		CryoWorkspace.get().removeListener(this);
		CryoWorkspace.get().close(uri);
		OpenSpecs.closed(uri);
	}

	public URI uri() {
		return uri;
	}

	public IDocument document() {
		return document;
	}

	/** @return the version of the text the editor shows now */
	public int version() {
		return version.get();
	}

	/** Reads this spec on the worker, after the text as it is now has been built. */
	public <T> CompletableFuture<T> read(SpecReader<T> reader) {
		return CryoWorkspace.get().read(uri, reader);
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// the whole text is sent after the change
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		int v = version.incrementAndGet();
		OpenSpecs.changed(uri, v);
		CryoWorkspace.get().change(uri, v, document.get());
	}

	@Override
	public void built(SpecAccess spec) {
		if (disposed || !uri.equals(spec.uri()) || spec.version() == null) {
			return;
		}
		int builtVersion = spec.version();
		if (builtVersion != version.get()) {
			return; // the text moved on; its own build follows
		}
		SpecModel model = SpecModels.compute(spec, builtVersion);
		if (spec.cancelIndicator().isCanceled()) {
			return;
		}
		display.asyncExec(() -> {
			if (!disposed && model.version() == version.get()) {
				onModel.accept(model);
			}
		});
	}
}
