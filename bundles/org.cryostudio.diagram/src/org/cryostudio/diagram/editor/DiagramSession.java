package org.cryostudio.diagram.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cryostudio.diagram.core.edit.EditRefusedException;
import org.cryostudio.diagram.core.edit.SpecChange;
import org.cryostudio.diagram.core.edit.SpecEditor;
import org.cryostudio.diagram.core.edit.TextEdit;
import org.cryostudio.diagram.core.layout.LayoutFile;
import org.cryostudio.diagram.core.layout.SceneLayout;
import org.cryostudio.diagram.core.mapping.SceneBuilder;
import org.cryostudio.diagram.core.mapping.SpecLoader;
import org.cryostudio.diagram.core.render.TextMeasure;
import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.Point;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneNode;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Keeps the diagrams of one spec in step with its text. Every change of the document (typed in
 * the text editor, made by the diagram, undone) is parsed and validated in the background and
 * the scenes rebuilt. Positions are stable: nodes on screen keep their place, positions the user
 * set come from the layout file, and only new nodes are placed automatically, next to their
 * neighbours. Diagram edits become minimal text changes of the document, one undoable step each.
 */
final class DiagramSession {

	/** Told on the UI thread when the scenes were rebuilt. */
	interface Listener {
		void updated();
	}

	private static final long DELAY_MS = 150;

	private final SpecDocument spec;
	private final IDocument document;
	private final Display display;
	private final TextMeasure measure;
	private final SpecLoader loader = SpecLoader.standard();
	private final SpecEditor editor = new SpecEditor(loader);
	private final LayoutStore layout;
	private final Map<DiagramView, Scene> scenes = new EnumMap<>(DiagramView.class);
	private final Map<DiagramView, Map<String, Point>> onScreen = new EnumMap<>(DiagramView.class);
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			// the change itself is what matters
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			schedule();
		}
	};
	private final Job job;
	private volatile String pending;
	private SpecSnapshot snapshot;
	private boolean disposed;

	DiagramSession(SpecDocument spec, Display display, TextMeasure measure) {
		this.spec = spec;
		this.document = spec.document();
		this.display = display;
		this.measure = measure;
		this.layout = new LayoutStore(spec.layoutFile());
		for (DiagramView v : DiagramView.values()) {
			onScreen.put(v, new HashMap<>());
			scenes.put(v, new Scene(v));
		}
		job = new Job("Updating the diagram of " + spec.uri().lastSegment()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				String text = pending;
				if (text == null || disposed) {
					return Status.OK_STATUS;
				}
				SpecSnapshot next = parse(text);
				display.asyncExec(() -> {
					if (!disposed && text.equals(pending)) {
						show(next);
					}
				});
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		DocumentUndoManagerRegistry.connect(document);
		document.addDocumentListener(documentListener);
	}

	void addListener(Listener l) {
		listeners.add(l);
	}

	/** Parses the current text at once, on this thread, and shows it. */
	void refreshNow() {
		pending = document.get();
		show(parse(pending));
	}

	private void schedule() {
		pending = document.get();
		job.cancel();
		job.schedule(DELAY_MS);
	}

	/** @return true when the scenes show the document's current text */
	boolean isCurrent() {
		return snapshot != null && snapshot.text().equals(document.get());
	}

	private SpecSnapshot parse(String text) {
		try {
			XtextResource resource = loader.parse(text, spec.uri());
			return new SpecSnapshot(text, resource, loader.validate(resource));
		} catch (IOException | RuntimeException e) {
			ILog.of(DiagramSession.class).error("Could not read the spec for its diagram", e);
			XtextResource empty;
			try {
				empty = loader.parse("", spec.uri());
			} catch (IOException e2) {
				throw new IllegalStateException(e2);
			}
			return new SpecSnapshot(text, empty, List.of());
		}
	}

	private void show(SpecSnapshot next) {
		boolean hadSnapshot = snapshot != null;
		snapshot = next;
		for (DiagramView view : DiagramView.values()) {
			Scene scene = SceneBuilder.build(next.resource(), view);
			SceneBuilder.addFindings(scene, next.resource(), next.issues());
			Map<String, Point> screen = onScreen.get(view);
			if (hadSnapshot) {
				followRenames(view, scenes.get(view), scene, screen);
			}
			Map<String, Point> fixed = new HashMap<>(layout.file().positions(view));
			fixed.putAll(screen);
			SceneLayout.apply(scene, measure, fixed);
			screen.clear();
			for (SceneNode n : scene.nodes()) {
				screen.put(n.id(), n.position());
			}
			scenes.put(view, scene);
		}
		listeners.forEach(Listener::updated);
	}

	/**
	 * A text edit that renames an element makes its node vanish and a node of the same symbol
	 * appear: the new node takes the old one's place (and its line in the layout file).
	 */
	private void followRenames(DiagramView view, Scene before, Scene after, Map<String, Point> screen) {
		Set<String> vanished = new HashSet<>();
		before.nodes().forEach(n -> vanished.add(n.id()));
		Set<String> appeared = new HashSet<>();
		for (SceneNode n : after.nodes()) {
			if (!vanished.remove(n.id())) {
				appeared.add(n.id());
			}
		}
		if (vanished.size() != 1 || appeared.size() != 1) {
			return;
		}
		String old = vanished.iterator().next();
		String renamed = appeared.iterator().next();
		if (before.node(old).symbol() != after.node(renamed).symbol()) {
			return;
		}
		Point p = screen.remove(old);
		if (p != null) {
			screen.put(renamed, p);
		}
		layout.rename(old, renamed);
	}

	Scene scene(DiagramView view) {
		return scenes.get(view);
	}

	SpecSnapshot snapshot() {
		return snapshot;
	}

	LayoutStore layout() {
		return layout;
	}

	IDocument document() {
		return document;
	}

	/**
	 * Makes a diagram edit: the change becomes the smallest text change of the document, made as
	 * one undoable step shared with the text editor, and the diagram shows the result at once.
	 *
	 * @return the replacements made
	 * @throws EditRefusedException with a message for the user when the change cannot be made
	 */
	List<TextEdit> edit(SpecChange change) throws EditRefusedException {
		String text = document.get();
		List<TextEdit> edits = editor.edit(text, spec.uri(), change);
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			for (TextEdit e : TextEdit.descending(edits)) {
				document.replace(e.offset(), e.length(), e.text());
			}
		} catch (BadLocationException e) {
			throw new EditRefusedException("the text changed while the edit was made; try again");
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
		refreshNow();
		return edits;
	}

	/** Renames the node on screen and in the layout file before the text edit that renames the element. */
	void beforeRename(String oldName, String newName) {
		for (Map<String, Point> screen : onScreen.values()) {
			Map<String, Point> moved = new LinkedHashMap<>();
			screen.entrySet().removeIf(e -> {
				String id = e.getKey();
				if (id.equals(oldName) || id.startsWith(oldName + ".")) {
					moved.put(newName + id.substring(oldName.length()), e.getValue());
					return true;
				}
				return false;
			});
			screen.putAll(moved);
		}
		layout.rename(oldName, newName);
	}

	/** Sets positions the user chose (a drag, a drop from the palette): on screen and in the layout file. */
	void place(DiagramView view, Map<String, Point> positions) {
		onScreen.get(view).putAll(positions);
		Scene scene = scenes.get(view);
		for (Map.Entry<String, Point> e : positions.entrySet()) {
			SceneNode n = scene.node(e.getKey());
			if (n != null) {
				n.moveTo(e.getValue());
			}
		}
		org.cryostudio.diagram.core.layout.OrthogonalRouter.route(scene);
		layout.put(view, positions);
		listeners.forEach(Listener::updated);
	}

	/** Drops layout lines of elements no longer in the spec (after a diagram deletion). */
	void forgetMissing() {
		for (DiagramView view : DiagramView.values()) {
			Set<String> ids = new HashSet<>();
			scenes.get(view).nodes().forEach(n -> ids.add(n.id()));
			layout.retain(view, ids);
		}
	}

	/** @return the current positions of all nodes of a view */
	Map<String, Point> positions(DiagramView view) {
		return new HashMap<>(onScreen.get(view));
	}

	List<String> problems() {
		return new ArrayList<>(layout.file().problems());
	}

	void dispose() {
		disposed = true;
		job.cancel();
		document.removeDocumentListener(documentListener);
		DocumentUndoManagerRegistry.disconnect(document);
	}
}
