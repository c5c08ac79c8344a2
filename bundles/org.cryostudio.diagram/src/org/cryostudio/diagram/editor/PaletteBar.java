package org.cryostudio.diagram.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.cryostudio.diagram.core.edit.Palette;
import org.cryostudio.diagram.core.scene.DiagramView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The palette beside the diagram: a selection tool, then the element and connection tools of
 * the view shown. One click picks a tool; using it (or Escape) returns to selection.
 */
final class PaletteBar {

	private final Composite control;
	private final Consumer<Palette.Tool> onPick;
	private final List<ToolItem> items = new ArrayList<>();
	private ToolItem select;

	PaletteBar(Composite parent, Consumer<Palette.Tool> onPick) {
		this.onPick = onPick;
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 2;
		layout.verticalSpacing = 2;
		control.setLayout(layout);
	}

	Composite control() {
		return control;
	}

	/** Shows the tools of {@code view}. */
	void show(DiagramView view) {
		for (org.eclipse.swt.widgets.Control c : control.getChildren()) {
			c.dispose();
		}
		items.clear();
		ToolBar top = bar();
		select = item(top, "Select", null);
		select.setSelection(true);
		section("Elements");
		ToolBar elements = bar();
		section("Connections");
		ToolBar connections = bar();
		for (Palette.Tool t : Palette.tools(view)) {
			item(t instanceof Palette.ElementTool ? elements : connections, t.label(), t);
		}
		control.layout(true, true);
		control.getParent().layout(true, true);
	}

	/** Marks {@code tool} as the active one (null: selection). */
	void mark(Palette.Tool tool) {
		for (ToolItem i : items) {
			i.setSelection(i.getData() == tool);
		}
		if (select != null && !select.isDisposed()) {
			select.setSelection(tool == null);
		}
	}

	/** @return the palette entry with that label (for tests) */
	ToolItem item(String label) {
		for (ToolItem i : items) {
			if (i.getText().equals(label)) {
				return i;
			}
		}
		return null;
	}

	private ToolBar bar() {
		ToolBar bar = new ToolBar(control, SWT.VERTICAL | SWT.FLAT | SWT.RIGHT);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return bar;
	}

	private void section(String title) {
		Label l = new Label(control, SWT.NONE);
		l.setText(title);
		l.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
		d.verticalIndent = 6;
		l.setLayoutData(d);
	}

	private ToolItem item(ToolBar bar, String label, Palette.Tool tool) {
		ToolItem i = new ToolItem(bar, SWT.CHECK);
		i.setText(label);
		i.setData(tool);
		i.setToolTipText(tool == null ? "Select, move and rename; Delete removes the selection"
				: tool instanceof Palette.ElementTool ? "Click in the diagram to add a " + label.toLowerCase()
						: "Drag from one element to another to connect them: " + label.toLowerCase());
		i.addListener(SWT.Selection, e -> {
			mark(tool);
			onPick.accept(tool);
		});
		if (tool != null) {
			items.add(i);
		}
		return i;
	}
}
