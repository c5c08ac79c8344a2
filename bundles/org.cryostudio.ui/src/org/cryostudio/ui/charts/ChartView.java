package org.cryostudio.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.cryostudio.analysis.result.ChartSpec;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.charts.ChartFactory;
import org.cryostudio.charts.ChartWriter;
import org.cryostudio.ui.internal.CryoImages;
import org.cryostudio.ui.results.SolveOutcome;
import org.cryostudio.ui.results.SolveResults;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;

/**
 * One chart of a solver's result (one view per chart). It follows new solves of its spec, zooms by
 * dragging a rectangle (double click: all data) and saves what it shows as PNG or SVG.
 */
public final class ChartView extends ViewPart {

	public static final String ID = "org.cryostudio.ui.chart";

	private ChartCanvas canvas;
	private IFile spec;
	private String solverId;
	private String chartId;
	private final Consumer<SolveOutcome> onSolved = outcome -> Display.getDefault().asyncExec(() -> {
		if (canvas != null && !canvas.isDisposed() && outcome.spec().equals(spec)) {
			refresh();
		}
	});

	/** Opens (or brings forward) the view of one chart of the latest solve of a spec. */
	public static ChartView open(IWorkbenchPage page, IFile spec, String solverId, String chartId) throws PartInitException {
		String secondary = (solverId + "_" + chartId + "_" + Integer.toHexString(spec.getFullPath().toString().hashCode()))
				.replaceAll("[^A-Za-z0-9_.-]", "_");
		IViewPart view = page.showView(ID, secondary, IWorkbenchPage.VIEW_ACTIVATE);
		ChartView chart = (ChartView) view;
		chart.bind(spec, solverId, chartId);
		return chart;
	}

	@Override
	public void createPartControl(Composite parent) {
		canvas = new ChartCanvas(parent);
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(new Action("Show All Data (double click)") {
			@Override
			public void run() {
				canvas.resetZoom();
			}
		});
		toolbar.add(new Action("Save as PNG...", CryoImages.descriptor(CryoImages.CHART)) {
			@Override
			public void run() {
				saveAs("png");
			}
		});
		toolbar.add(new Action("Save as SVG...") {
			@Override
			public void run() {
				saveAs("svg");
			}
		});
		SolveResults.addListener(onSolved);
	}

	void bind(IFile spec, String solverId, String chartId) {
		this.spec = spec;
		this.solverId = solverId;
		this.chartId = chartId;
		refresh();
	}

	private void refresh() {
		Optional<ChartSpec> chart = chartSpec();
		if (chart.isEmpty()) {
			setContentDescription("The latest solve of " + spec.getName() + " has no chart " + chartId);
			canvas.setChart(null);
			return;
		}
		SolverResult result = result().orElseThrow();
		setPartName(chart.get().title());
		setContentDescription(spec.getName() + " \u2013 " + solverId + " (drag to zoom, double click for all data)");
		canvas.setChart(ChartFactory.create(result, chart.get()));
	}

	private Optional<SolverResult> result() {
		SolveOutcome outcome = SolveResults.latest(spec);
		return outcome == null ? Optional.empty()
				: outcome.results().stream().filter(r -> r.solverId().equals(solverId)).findFirst();
	}

	private Optional<ChartSpec> chartSpec() {
		return result().flatMap(r -> r.charts().stream().filter(c -> c.id().equals(chartId)).findFirst());
	}

	/** Writes the chart as shown (zoom included) at the view's size, at least 640 x 400. */
	public void save(Path file, String format) throws IOException {
		JFreeChart chart = canvas.chart();
		if (chart == null) {
			throw new IOException("there is no chart to save");
		}
		Rectangle size = canvas.getClientArea();
		int w = Math.max(640, size.width);
		int h = Math.max(400, size.height);
		if (format.equals("svg")) {
			ChartWriter.writeSvg(chart, file, w, h);
		} else {
			ChartWriter.writePng(chart, file, w, h);
		}
	}

	private void saveAs(String format) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + format });
		dialog.setFileName(chartId + "." + format);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			save(Path.of(chosen), format);
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), "Save Chart", "The chart could not be saved to " + chosen + ": " + e.getMessage());
		}
	}

	public ChartCanvas canvas() {
		return canvas;
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		SolveResults.removeListener(onSolved);
		super.dispose();
	}
}
