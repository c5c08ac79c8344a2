package org.cryostudio.ui.results;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.cryostudio.analysis.result.ChartSpec;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.ui.charts.ChartView;
import org.cryostudio.ui.editor.CryoEditor;
import org.cryostudio.ui.internal.CryoImages;
import org.cryostudio.ui.preferences.CryoPreferences;
import org.cryostudio.ui.preferences.DisplayUnits;
import org.cryostudio.ui.workspace.SpecUris;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * Results: what the solvers computed for the spec in the active editor, per solver and element,
 * with requirement verdicts. Solve runs on demand (toolbar) and, when the preference is on, after
 * each save of the spec shown; double-clicking a solver opens its charts.
 */
public final class ResultsView extends ViewPart {

	public static final String ID = "org.cryostudio.ui.results";

	private static final Color PASS = new Color(new RGB(0, 120, 40));
	private static final Color FAIL = new Color(new RGB(190, 0, 0));

	private TreeViewer viewer;
	private IFile spec;
	private final Consumer<SolveOutcome> onSolved = outcome -> Display.getDefault().asyncExec(() -> {
		if (viewer != null && !viewer.getControl().isDisposed() && outcome.spec().equals(spec)) {
			show(outcome);
		}
	});
	private final IResourceChangeListener onSave = this::resourcesChanged;
	private final IPartListener2 editorTracker = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof CryoEditor editor) {
				follow(editor);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		column("Result", 300, r -> r.what(), this::image);
		column("Element", 140, r -> r.element(), r -> null);
		column("Value", 320, r -> r.value(), r -> null);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((ResultRow) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((ResultRow) element).children().isEmpty();
			}
		});
		viewer.addDoubleClickListener(e -> {
			if (e.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof ResultRow row && row.kind() == ResultRow.Kind.SOLVER) {
				openCharts(row.what());
			}
		});
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(new Action("Solve", CryoImages.descriptor(CryoImages.SOLVE)) {
			@Override
			public void run() {
				solve();
			}
		});
		toolbar.add(new Action("Open Charts", CryoImages.descriptor(CryoImages.CHART)) {
			@Override
			public void run() {
				openCharts(null);
			}
		});
		SolveResults.addListener(onSolved);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(onSave, IResourceChangeEvent.POST_CHANGE);
		getSite().getPage().addPartListener(editorTracker);
		if (getSite().getPage().getActiveEditor() instanceof CryoEditor editor) {
			follow(editor);
		} else {
			viewer.setInput(List.of());
			setContentDescription("Open a spec to see its results.");
		}
	}

	/** Solves the spec shown (in the background). */
	public SolveJob solve() {
		if (spec == null) {
			return null;
		}
		setContentDescription("Solving " + spec.getName() + "\u2026");
		return SolveJob.start(spec);
	}

	/** @return the spec whose results are shown */
	public IFile spec() {
		return spec;
	}

	/** @return the rows on display (tests, screenshots) */
	@SuppressWarnings("unchecked")
	public List<ResultRow> rows() {
		return viewer.getInput() instanceof List<?> list ? (List<ResultRow>) list : List.of();
	}

	/** Opens one chart view per chart of that solver's result (all solvers' when null). */
	public List<ChartView> openCharts(String solverId) {
		SolveOutcome outcome = SolveResults.latest(spec);
		List<ChartView> opened = new java.util.ArrayList<>();
		if (outcome == null) {
			return opened;
		}
		for (SolverResult result : outcome.results()) {
			if (solverId != null && !solverId.equals(result.solverId())) {
				continue;
			}
			for (ChartSpec chart : result.charts()) {
				try {
					opened.add(ChartView.open(getSite().getPage(), spec, result.solverId(), chart.id()));
				} catch (PartInitException e) {
					setContentDescription("The chart " + chart.title() + " could not be opened: " + e.getMessage());
				}
			}
		}
		return opened;
	}

	private void follow(CryoEditor editor) {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		if (file == null || file.equals(spec)) {
			return;
		}
		spec = file;
		SolveOutcome outcome = SolveResults.latest(file);
		if (outcome != null) {
			show(outcome);
		} else {
			viewer.setInput(List.of());
			setContentDescription(file.getName() + ": not solved yet (Solve in the toolbar"
					+ (CryoPreferences.store().getBoolean(CryoPreferences.SOLVE_ON_SAVE) ? ", or save" : "") + ")");
		}
	}

	private void show(SolveOutcome outcome) {
		List<ResultRow> rows = ResultRow.of(outcome, new DisplayUnits(CryoPreferences.store()));
		viewer.setInput(rows);
		rows.stream().filter(r -> r.kind() == ResultRow.Kind.REQUIREMENTS).forEach(r -> viewer.setExpandedState(r, true));
		if (rows.stream().noneMatch(r -> r.kind() == ResultRow.Kind.REQUIREMENTS) && !rows.isEmpty()) {
			viewer.setExpandedState(rows.get(rows.size() - 1), true);
		}
		setContentDescription(String.format(Locale.ROOT, "%s solved at %tT in %.1f s", outcome.spec().getName(),
				java.util.Date.from(outcome.finished()), outcome.took().toMillis() / 1000.0));
	}

	private void resourcesChanged(IResourceChangeEvent event) {
		IFile shown = spec;
		if (shown == null || event.getDelta() == null || !CryoPreferences.store().getBoolean(CryoPreferences.SOLVE_ON_SAVE)) {
			return;
		}
		IResourceDelta delta = event.getDelta().findMember(shown.getFullPath());
		if (delta != null && (delta.getFlags() & IResourceDelta.CONTENT) != 0 && SpecUris.isSpec(shown)) {
			// after the builder has written the saved spec's markers: an erroneous spec is not solved
			Display.getDefault().asyncExec(() -> {
				if (viewer != null && !viewer.getControl().isDisposed()) {
					solveAfterBuild(shown);
				}
			});
		}
	}

	private void solveAfterBuild(IFile file) {
		org.eclipse.core.runtime.jobs.Job waiter = org.eclipse.core.runtime.jobs.Job.create("Waiting for the spec check", monitor -> {
			try {
				org.eclipse.core.runtime.jobs.Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, monitor);
				org.cryostudio.ui.workspace.CryoWorkspace.get().awaitIdle(30, java.util.concurrent.TimeUnit.SECONDS);
				org.eclipse.core.runtime.jobs.Job.getJobManager().join(org.cryostudio.ui.workspace.MarkerUpdater.FAMILY, monitor);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			SolveJob.start(file);
		});
		waiter.setSystem(true);
		waiter.schedule();
	}

	private void column(String title, int width, java.util.function.Function<ResultRow, String> text,
			java.util.function.Function<ResultRow, Image> image) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ResultRow) element);
			}

			@Override
			public Image getImage(Object element) {
				return image.apply((ResultRow) element);
			}

			@Override
			public Color getForeground(Object element) {
				ResultRow row = (ResultRow) element;
				if (row.kind() == ResultRow.Kind.REQUIREMENTS) {
					return row.value().equals("none failed") ? PASS : FAIL;
				}
				return row.kind() == ResultRow.Kind.PASS ? PASS
						: row.kind() == ResultRow.Kind.FAIL || row.kind() == ResultRow.Kind.PROBLEM ? FAIL : null;
			}
		});
	}

	private Image image(ResultRow row) {
		return switch (row.kind()) {
			case REQUIREMENTS -> CryoImages.get(CryoImages.RESULTS);
			case SOLVER -> CryoImages.get(CryoImages.SOLVE);
			case PASS, FAIL, UNKNOWN -> CryoImages.get(CryoImages.REFERENCE);
			case VALUE -> CryoImages.get(CryoImages.VALUE);
			case WARNING, PROBLEM -> CryoImages.get(CryoImages.ERROR);
		};
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		SolveResults.removeListener(onSolved);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(onSave);
		getSite().getPage().removePartListener(editorTracker);
		super.dispose();
	}

}
