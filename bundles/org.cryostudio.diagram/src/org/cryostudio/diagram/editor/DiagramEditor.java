package org.cryostudio.diagram.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cryostudio.diagram.core.edit.DiagramEdits;
import org.cryostudio.diagram.core.edit.EditRefusedException;
import org.cryostudio.diagram.core.edit.Palette;
import org.cryostudio.diagram.core.edit.SpecChange;
import org.cryostudio.diagram.core.export.DiagramExport;
import org.cryostudio.diagram.core.io.AtomicFile;
import org.cryostudio.diagram.core.layout.LayoutFile;
import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.Point;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneEdge;
import org.cryostudio.diagram.core.scene.SceneElement;
import org.cryostudio.diagram.core.scene.SceneNode;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.EditorPart;

/**
 * The diagram of a {@code .cryo} spec: its vacuum view and its thermal view, drawn from the same
 * document the text editor edits. Text edits show in the diagram as they are typed; diagram edits
 * (create, connect, rename, delete, move, values in the Properties view) become minimal text
 * changes in that document, undoable from either editor. Positions the user sets are kept in
 * {@code NAME.cryo.layout} beside the spec.
 */
public class DiagramEditor extends EditorPart {

	public static final String ID = "org.cryostudio.diagram.editor";

	private SpecDocument spec;
	private DiagramSession session;
	private SwtPainter painter;
	private DiagramCanvas canvas;
	private PaletteBar palette;
	private Label status;
	private DiagramView view = DiagramView.VACUUM;
	private final Map<DiagramView, ToolItem> viewItems = new java.util.EnumMap<>(DiagramView.class);
	private final SelectionProvider selectionProvider = new SelectionProvider();
	private TextLink textLink;
	private IUndoContext undoContext;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName(input.getName() + " (diagram)");
		try {
			spec = SpecDocument.open(input);
		} catch (CoreException e) {
			throw new PartInitException(e.getStatus());
		}
		site.setSelectionProvider(selectionProvider);
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.horizontalSpacing = 0;
		root.setLayout(layout);

		Composite top = new Composite(root, SWT.NONE);
		top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		GridLayout topLayout = new GridLayout(3, false);
		topLayout.marginHeight = 2;
		top.setLayout(topLayout);
		ToolBar views = new ToolBar(top, SWT.FLAT | SWT.RIGHT);
		for (DiagramView v : DiagramView.values()) {
			ToolItem item = new ToolItem(views, SWT.RADIO);
			item.setText(v.label() + " view");
			item.setSelection(v == view);
			item.addListener(SWT.Selection, e -> {
				if (item.getSelection()) {
					showView(v);
				}
			});
			viewItems.put(v, item);
		}
		status = new Label(top, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		ToolBar actions = new ToolBar(top, SWT.FLAT | SWT.RIGHT);
		toolItem(actions, "Delete", "Delete the selected elements (Del)", this::deleteSelection);
		toolItem(actions, "Export SVG...", "Save this view as an SVG drawing", () -> exportDialog("svg"));
		toolItem(actions, "Export PNG...", "Save this view as a PNG image", () -> exportDialog("png"));

		painter = new SwtPainter(parent.getDisplay());
		palette = new PaletteBar(root, painter, this::pickTool);
		GridData paletteData = new GridData(SWT.FILL, SWT.FILL, false, true);
		paletteData.widthHint = 170;
		palette.control().setLayoutData(paletteData);
		canvas = new DiagramCanvas(root, painter, new Gestures());
		canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		palette.show(view);

		session = new DiagramSession(spec, parent.getDisplay(), painter);
		session.addListener(this::sessionUpdated);
		spec.onDirtyChange(() -> parent.getDisplay().asyncExec(() -> firePropertyChange(PROP_DIRTY)));
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(session.document());
		undoContext = undo.getUndoContext();
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(getSite(), undoContext));
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(getSite(), undoContext));
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), new Action("Delete") {
			@Override
			public void run() {
				deleteSelection();
			}
		});
		getEditorSite().getActionBars().updateActionBars();
		textLink = new TextLink(this, getSite().getPage(), this::selectFromText);
		session.refreshNow();
	}

	private static void toolItem(ToolBar bar, String text, String tip, Runnable run) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tip);
		item.addListener(SWT.Selection, e -> run.run());
	}

	DiagramSession session() {
		return session;
	}

	DiagramCanvas canvas() {
		return canvas;
	}

	PaletteBar palette() {
		return palette;
	}

	TextLink textLink() {
		return textLink;
	}

	public DiagramView view() {
		return view;
	}

	/** Shows the vacuum or the thermal view. */
	public void showView(DiagramView next) {
		view = next;
		viewItems.forEach((v, item) -> item.setSelection(v == next));
		pickTool((Palette.Tool) null);
		palette.show(next);
		canvas.setScene(session.scene(next));
		publishSelection(canvas.selection());
	}

	/** @return the scene shown (for tests and exports) */
	public Scene scene() {
		return session.scene(view);
	}

	private void sessionUpdated() {
		if (canvas.canvas().isDisposed()) {
			return;
		}
		canvas.setScene(session.scene(view));
		String layoutError = session.layout().lastError();
		List<String> problems = session.problems();
		Scene s = session.scene(view);
		long errors = s.nodes().stream().filter(n -> n.severity() == org.cryostudio.diagram.core.scene.Severity.ERROR).count()
				+ s.edges().stream().filter(n -> n.severity() == org.cryostudio.diagram.core.scene.Severity.ERROR).count();
		setStatus(layoutError != null ? layoutError
				: !problems.isEmpty() ? session.layout().path().getFileName() + ": " + problems.get(0)
						: errors > 0 ? errors + (errors == 1 ? " element has" : " elements have") + " errors: hover the red marks"
								: "");
	}

	private void setStatus(String text) {
		if (!status.isDisposed()) {
			status.setText(text == null ? "" : text);
			status.getParent().layout();
		}
	}

	/** @return the status line's text: refusals of edits and layout-file problems */
	public String statusText() {
		return status.getText();
	}

	private void pickTool(Palette.Tool tool) {
		canvas.setTool(tool);
		palette.mark(tool);
	}

	/** Picks a palette tool by its label, as a click on the palette does (for tests). */
	void pickTool(String label) {
		pickTool(Palette.tool(view, label));
	}

	// ---- edits --------------------------------------------------------------------------------

	/** Makes a diagram edit; a refusal is shown in the status line. @return whether it was made */
	boolean apply(SpecChange change, String what) {
		try {
			session.edit(change);
			setStatus("");
			return true;
		} catch (EditRefusedException e) {
			setStatus(what + ": " + e.getMessage());
			return false;
		}
	}

	/** Renames an element (its qualified name) to {@code newName}; references and layout follow. */
	boolean rename(String element, String newName) {
		int dot = element.lastIndexOf('.');
		String renamed = dot < 0 ? newName : element.substring(0, dot + 1) + newName;
		SpecChange change = DiagramEdits.rename(element, newName);
		session.beforeRename(element, renamed);
		if (!apply(change, "Rename")) {
			session.beforeRename(renamed, element);
			return false;
		}
		Set<String> ids = new LinkedHashSet<>();
		session.scene(view).elementsOf(renamed).forEach(e -> ids.add(e.id()));
		canvas.select(ids);
		publishSelection(ids);
		return true;
	}

	private void deleteSelection() {
		Set<String> selected = canvas.selection();
		if (selected.isEmpty()) {
			return;
		}
		List<String> elements = new ArrayList<>();
		List<SpecChange> detaches = new ArrayList<>();
		for (String id : selected) {
			SceneElement e = canvas.element(id);
			if (e == null) {
				continue;
			}
			if (e instanceof SceneEdge edge && !edge.id().equals(edge.element())) {
				detaches.add(detach(edge));
			} else {
				elements.add(e.element());
			}
		}
		SpecChange delete = DiagramEdits.delete(elements);
		SpecChange all = model -> {
			for (SpecChange d : detaches) {
				d.apply(model);
			}
			if (!elements.isEmpty()) {
				delete.apply(model);
			}
		};
		if (apply(all, "Delete")) {
			session.forgetMissing();
			canvas.select(Set.of());
			publishSelection(Set.of());
		}
	}

	/** @return the change that removes what a connection without its own element shows ("on", "cooled by") */
	private SpecChange detach(SceneEdge edge) {
		return model -> {
			EObject o = model.element(edge.element());
			EObject cooling = Palette.coolingFeature(o.eClass()) == null ? null : (EObject) o.eGet(Palette.coolingFeature(o.eClass()));
			if (edge.id().endsWith("#cooling") && cooling != null) {
				org.eclipse.emf.ecore.util.EcoreUtil.remove(cooling);
				return;
			}
			for (org.eclipse.emf.ecore.EReference r : Palette.OPTIONAL_ENDS) {
				if (r.getEContainingClass().isSuperTypeOf(o.eClass()) && o.eGet(r) != null) {
					model.removeReference(o, r);
					return;
				}
			}
		};
	}

	/** Creates an element with a palette tool at a point of the diagram, where it then stays. */
	void create(Palette.ElementTool tool, Point at) {
		pickTool((Palette.Tool) null);
		String near = canvas.selection().stream().map(canvas::element).filter(e -> e != null).map(SceneElement::element)
				.findFirst().orElse(null);
		DiagramEdits.Creation creation = tool.create(near);
		if (apply(creation, "Add " + tool.label().toLowerCase())) {
			String id = creation.createdName();
			SceneNode n = session.scene(view).node(id);
			Point topLeft = n == null ? at : new Point(Math.round(at.x() - n.width() / 2), Math.round(at.y() - n.height() / 2));
			session.place(view, Map.of(id, topLeft));
			canvas.select(Set.of(id));
			publishSelection(Set.of(id));
		}
	}

	void connect(Palette.ConnectionTool tool, String sourceId, String targetId) {
		pickTool((Palette.Tool) null);
		SpecSnapshot s = session.snapshot();
		EObject source = s == null ? null : s.element(sourceId);
		EObject target = s == null ? null : s.element(targetId);
		if (source == null || target == null) {
			return;
		}
		if (!tool.accepts(source.eClass(), target.eClass())) {
			if (tool.accepts(target.eClass(), source.eClass())) {
				EObject t = source;
				source = target;
				target = t;
				String id = sourceId;
				sourceId = targetId;
				targetId = id;
			} else {
				setStatus(tool.label() + ": cannot connect a " + source.eClass().getName() + " to a " + target.eClass().getName());
				return;
			}
		}
		apply(tool.connect(sourceId, targetId), tool.label());
	}

	// ---- selection ----------------------------------------------------------------------------

	private void selectFromText(List<String> elements) {
		Scene s = session.scene(view);
		for (String qn : elements) {
			List<SceneElement> shown = s.elementsOf(qn);
			if (!shown.isEmpty()) {
				Set<String> ids = new LinkedHashSet<>();
				ids.add(shown.get(0).id());
				if (!ids.equals(canvas.selection())) {
					canvas.select(ids);
					publishSelection(ids);
				}
				return;
			}
		}
	}

	private void publishSelection(Set<String> ids) {
		List<SelectedElement> items = new ArrayList<>();
		for (String id : ids) {
			SceneElement e = canvas.element(id);
			if (e != null) {
				items.add(new SelectedElement(id, e.element(), this));
			}
		}
		selectionProvider.setSelection(new StructuredSelection(items));
	}

	/** Selects scene elements as a click does, linking the text (for tests). */
	void selectByUser(Set<String> ids) {
		canvas.select(ids);
		new Gestures().selected(ids);
	}

	// ---- export -------------------------------------------------------------------------------

	private void exportDialog(String format) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + format });
		String base = getEditorInput().getName().replaceFirst("\\.cryo$", "");
		dialog.setFileName(base + "-" + view.key() + "." + format);
		if (spec.file() != null) {
			dialog.setFilterPath(spec.file().getParent().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			try {
				export(Path.of(chosen), format);
				setStatus("Saved " + chosen);
			} catch (IOException e) {
				setStatus("Could not save " + chosen + ": " + e.getMessage());
			}
		}
	}

	/**
	 * Writes the view shown as it is on screen (same positions) to {@code file}, drawn by the
	 * same painter as reports use.
	 *
	 * @param format "svg" or "png"
	 */
	public void export(Path file, String format) throws IOException {
		SpecSnapshot s = session.snapshot();
		LayoutFile positions = new LayoutFile();
		session.positions(view).forEach((id, p) -> positions.put(view, id, p));
		Scene laidOut = DiagramExport.scene(s.resource(), view, positions, s.issues());
		byte[] content = "svg".equals(format) ? DiagramExport.svg(laidOut).getBytes(StandardCharsets.UTF_8)
				: DiagramExport.png(laidOut, 2);
		AtomicFile.write(file, content);
	}

	// ---- editor part --------------------------------------------------------------------------

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			spec.save(monitor);
		} catch (CoreException e) {
			setStatus("Could not save: " + e.getMessage());
		}
	}

	@Override
	public void doSaveAs() {
		// the text editor saves under another name; the diagram follows its file
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return spec != null && spec.isDirty();
	}

	@Override
	public void setFocus() {
		canvas.canvas().setFocus();
	}

	@Override
	public void dispose() {
		if (textLink != null) {
			textLink.dispose();
		}
		if (session != null) {
			session.dispose();
		}
		if (painter != null) {
			painter.dispose();
		}
		if (spec != null) {
			spec.close();
		}
		super.dispose();
	}

	/** What the canvas reports, turned into edits of the spec. */
	private final class Gestures implements DiagramCanvas.Gestures {
		@Override
		public void selected(Set<String> sceneIds) {
			publishSelection(sceneIds);
			Set<String> elements = new LinkedHashSet<>();
			for (String id : sceneIds) {
				SceneElement e = canvas.element(id);
				if (e != null) {
					elements.add(e.element());
				}
			}
			textLink.reveal(elements);
		}

		@Override
		public void moved(Map<String, Point> before, Map<String, Point> after) {
			MoveOperation op = new MoveOperation(session, view, before, after, undoContext);
			try {
				OperationHistoryFactory.getOperationHistory().execute(op, null, null);
			} catch (ExecutionException e) {
				setStatus("Could not move: " + e.getMessage());
			}
		}

		@Override
		public void create(Palette.ElementTool tool, Point at) {
			DiagramEditor.this.create(tool, at);
		}

		@Override
		public void connect(Palette.ConnectionTool tool, String sourceId, String targetId) {
			DiagramEditor.this.connect(tool, sourceId, targetId);
		}

		@Override
		public void rename(String sceneId, String newName) {
			SceneElement e = canvas.element(sceneId);
			if (e != null) {
				DiagramEditor.this.rename(e.element(), newName);
			}
		}

		@Override
		public void delete() {
			deleteSelection();
		}
	}

	/** The editor's selection for the workbench (Properties view, other listeners). */
	private static final class SelectionProvider implements ISelectionProvider {
		private final List<ISelectionChangedListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
		private ISelection selection = StructuredSelection.EMPTY;

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener l) {
			listeners.add(l);
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener l) {
			listeners.remove(l);
		}

		@Override
		public ISelection getSelection() {
			return selection;
		}

		@Override
		public void setSelection(ISelection next) {
			selection = next;
			SelectionChangedEvent event = new SelectionChangedEvent(this, next);
			listeners.forEach(l -> l.selectionChanged(event));
		}
	}
}
