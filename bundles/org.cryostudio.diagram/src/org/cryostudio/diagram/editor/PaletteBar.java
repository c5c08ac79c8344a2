package org.cryostudio.diagram.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.cryostudio.diagram.core.edit.Palette;
import org.cryostudio.diagram.core.render.EdgePainter;
import org.cryostudio.diagram.core.render.SymbolPainter;
import org.cryostudio.diagram.core.render.Theme;
import org.cryostudio.diagram.core.scene.Bounds;
import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.EdgeSymbol;
import org.cryostudio.diagram.core.scene.NodeSymbol;
import org.cryostudio.diagram.core.scene.Point;
import org.cryostudio.diagram.core.scene.SceneEdge;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The palette beside the diagram: a selection tool, then the element and connection tools of
 * the view shown, each with the symbol it draws. One click picks a tool; using it (or Escape)
 * returns to selection.
 */
final class PaletteBar {

	private static final int ICON = 22;

	/** The symbol each tool draws, for its icon. */
	private static final Map<String, Enum<?>> SYMBOLS = Map.ofEntries(Map.entry("Chamber", NodeSymbol.CHAMBER),
			Map.entry("Junction", NodeSymbol.JUNCTION), Map.entry("Roughing pump", NodeSymbol.ROUGHING_PUMP),
			Map.entry("Turbo pump", NodeSymbol.TURBO_PUMP), Map.entry("Cryopump", NodeSymbol.CRYOPUMP),
			Map.entry("Ion pump", NodeSymbol.ION_PUMP), Map.entry("Ti sublimation pump", NodeSymbol.SUBLIMATION_PUMP),
			Map.entry("NEG pump", NodeSymbol.GETTER_PUMP), Map.entry("Cold trap", NodeSymbol.COLD_TRAP),
			Map.entry("Outgassing", NodeSymbol.GAS_SOURCE), Map.entry("Leak", NodeSymbol.LEAK),
			Map.entry("Gas flow", NodeSymbol.GAS_INLET), Map.entry("Stage", NodeSymbol.STAGE),
			Map.entry("Cryocooler", NodeSymbol.COOLER), Map.entry("Refrigerator", NodeSymbol.COOLER),
			Map.entry("Cryogen bath", NodeSymbol.BATH), Map.entry("Heat load", NodeSymbol.HEAT_LOAD),
			Map.entry("Tube", EdgeSymbol.TUBE), Map.entry("Orifice", EdgeSymbol.ORIFICE),
			Map.entry("Rectangular duct", EdgeSymbol.RECT_DUCT), Map.entry("Elbow", EdgeSymbol.ELBOW),
			Map.entry("Baffle", EdgeSymbol.BAFFLE), Map.entry("Valve", EdgeSymbol.VALVE_OPEN),
			Map.entry("Mount pump on", EdgeSymbol.MOUNT), Map.entry("Source into volume", EdgeSymbol.GAS_FLOW),
			Map.entry("Radiation", EdgeSymbol.RADIATION), Map.entry("Support", EdgeSymbol.CONDUCTION),
			Map.entry("Strap", EdgeSymbol.CONDUCTION), Map.entry("Residual gas", EdgeSymbol.GAS_CONDUCTION),
			Map.entry("Cooled by", EdgeSymbol.COOLING), Map.entry("Load on stage", EdgeSymbol.HEAT_FLOW));

	private final Composite control;
	private final Table table;
	private final Consumer<Palette.Tool> onPick;
	private final SwtPainter painter;
	private final List<Image> images = new ArrayList<>();
	private final Font heading;

	PaletteBar(Composite parent, SwtPainter painter, Consumer<Palette.Tool> onPick) {
		this.onPick = onPick;
		this.painter = painter;
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new FillLayout());
		table = new Table(control, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		FontData fd = table.getFont().getFontData()[0];
		heading = new Font(parent.getDisplay(), fd.getName(), fd.getHeight(), SWT.BOLD);
		table.addListener(SWT.Selection, e -> {
			TableItem item = (TableItem) e.item;
			if (item.getData("heading") != null) {
				mark(current());
				return;
			}
			Palette.Tool tool = (Palette.Tool) item.getData();
			onPick.accept(tool);
		});
		table.addListener(SWT.Dispose, e -> dispose());
	}

	Composite control() {
		return control;
	}

	/** Shows the tools of {@code view}. */
	void show(DiagramView view) {
		table.removeAll();
		images.forEach(Image::dispose);
		images.clear();
		TableItem select = new TableItem(table, SWT.NONE);
		select.setText("Select");
		select.setData(null);
		heading("Elements");
		for (Palette.Tool t : Palette.tools(view)) {
			if (t instanceof Palette.ElementTool) {
				item(t);
			}
		}
		heading("Connections");
		for (Palette.Tool t : Palette.tools(view)) {
			if (t instanceof Palette.ConnectionTool) {
				item(t);
			}
		}
		table.setSelection(0);
		table.setToolTipText("Pick a tool: click in the diagram to add an element, drag from one element to another to connect");
	}

	private Palette.Tool current() {
		int i = table.getSelectionIndex();
		return i < 0 ? null : (Palette.Tool) table.getItem(i).getData();
	}

	/** Marks {@code tool} as the active one (null: selection). */
	void mark(Palette.Tool tool) {
		for (int i = 0; i < table.getItemCount(); i++) {
			TableItem item = table.getItem(i);
			if (item.getData("heading") == null && item.getData() == tool) {
				table.setSelection(i);
				return;
			}
		}
	}

	/** @return the labels of the tools shown (for tests) */
	List<String> labels() {
		List<String> result = new ArrayList<>();
		for (TableItem i : table.getItems()) {
			result.add(i.getText());
		}
		return result;
	}

	private void heading(String title) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(title);
		item.setFont(heading);
		item.setData("heading", Boolean.TRUE);
		item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
	}

	private void item(Palette.Tool tool) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(tool.label());
		item.setData(tool);
		Enum<?> symbol = SYMBOLS.get(tool.label());
		if (symbol != null) {
			Image icon = icon(table.getDisplay(), symbol);
			images.add(icon);
			item.setImage(icon);
		}
	}

	/** Draws a tool's symbol small, with the painter the diagram uses. */
	private Image icon(Display display, Enum<?> symbol) {
		Image image = new Image(display, ICON, ICON);
		GC gc = new GC(image);
		Transform t = new Transform(display);
		try {
			gc.setBackground(table.getBackground());
			gc.fillRectangle(0, 0, ICON, ICON);
			painter.attach(gc);
			if (symbol instanceof NodeSymbol n) {
				double side = n.shape() == NodeSymbol.Shape.BAR ? 8 : n.shape() == NodeSymbol.Shape.DOT ? 8 : 40;
				double scale = (ICON - 2) / 40.0;
				t.translate(1, 1);
				t.scale((float) scale, (float) scale);
				gc.setTransform(t);
				Bounds b = n.shape() == NodeSymbol.Shape.BOX ? new Bounds(0, 6, 40, 28)
						: new Bounds((40 - side) / 2, (40 - side) / 2, n.shape() == NodeSymbol.Shape.BAR ? 40 : side, side);
				SymbolPainter.paint(painter, n, b, Theme.temperature(40));
			} else if (symbol instanceof EdgeSymbol e) {
				double scale = ICON / 44.0;
				t.scale((float) scale, (float) scale);
				gc.setTransform(t);
				SceneEdge edge = new SceneEdge("icon", "icon", "", e, "a", "b", List.of());
				edge.setRoute(List.of(new Point(2, 22), new Point(42, 22)));
				EdgePainter.paint(painter, edge);
			}
			gc.setTransform(null);
		} finally {
			painter.attach(null);
			t.dispose();
			gc.dispose();
		}
		return image;
	}

	private void dispose() {
		images.forEach(Image::dispose);
		images.clear();
		heading.dispose();
	}
}
