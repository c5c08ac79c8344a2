package org.cryostudio.diagram.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cryostudio.diagram.core.edit.Palette;
import org.cryostudio.diagram.core.layout.OrthogonalRouter;
import org.cryostudio.diagram.core.render.NodeGeometry;
import org.cryostudio.diagram.core.render.ScenePainter;
import org.cryostudio.diagram.core.render.Theme;
import org.cryostudio.diagram.core.scene.Bounds;
import org.cryostudio.diagram.core.scene.Point;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneEdge;
import org.cryostudio.diagram.core.scene.SceneElement;
import org.cryostudio.diagram.core.scene.SceneNode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * The drawing surface of a diagram: paints the scene, selects by click, moves nodes by dragging,
 * creates elements and connections with the active palette tool, renames in place. It changes
 * nothing itself: each gesture is reported to its {@link Gestures}, which edits the spec.
 */
final class DiagramCanvas {

	/** What the user did on the canvas, in diagram coordinates and element names. */
	interface Gestures {
		void selected(Set<String> sceneIds);

		void moved(Map<String, Point> before, Map<String, Point> after);

		void create(Palette.ElementTool tool, Point at);

		void connect(Palette.ConnectionTool tool, String sourceId, String targetId);

		void rename(String sceneId, String newName);

		void delete();
	}

	static final double MARGIN = 40;
	private static final double EDGE_HIT = 6;

	private final ScrolledComposite scroller;
	private final Canvas canvas;
	private final SwtPainter painter;
	private final Gestures gestures;
	private Scene scene;
	private final Set<String> selection = new LinkedHashSet<>();
	private Palette.Tool tool;
	private double originX;
	private double originY;

	// a gesture in progress
	private Point pressedAt;
	private Map<String, Point> dragStart;
	private boolean dragged;
	private String connectFrom;
	private Point pointer;
	private Text renameField;

	DiagramCanvas(Composite parent, SwtPainter painter, Gestures gestures) {
		this.painter = painter;
		this.gestures = gestures;
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		scroller.setContent(canvas);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.MouseHover, this::hover);
	}

	Composite control() {
		return scroller;
	}

	Canvas canvas() {
		return canvas;
	}

	void setScene(Scene next) {
		scene = next;
		selection.removeIf(id -> element(id) == null);
		resize();
		canvas.redraw();
	}

	Scene scene() {
		return scene;
	}

	/** Selects without telling the gestures listener (selection that came from elsewhere). */
	void select(Set<String> ids) {
		selection.clear();
		selection.addAll(ids);
		reveal();
		canvas.redraw();
	}

	Set<String> selection() {
		return Set.copyOf(selection);
	}

	void setTool(Palette.Tool next) {
		tool = next;
		connectFrom = null;
		canvas.setCursor(next == null ? null : canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
		canvas.redraw();
	}

	Palette.Tool tool() {
		return tool;
	}

	/** @return where a diagram point is on the canvas widget */
	org.eclipse.swt.graphics.Point toCanvas(Point p) {
		return new org.eclipse.swt.graphics.Point((int) Math.round(p.x() + originX), (int) Math.round(p.y() + originY));
	}

	private Point toDiagram(int x, int y) {
		return new Point(x - originX, y - originY);
	}

	private void resize() {
		Bounds e = scene == null ? Bounds.EMPTY : ScenePainter.extent(scene, painter);
		originX = MARGIN - Math.min(0, e.x());
		originY = MARGIN - Math.min(0, e.y());
		int w = (int) Math.ceil(e.right() + originX + MARGIN);
		int h = (int) Math.ceil(e.bottom() + originY + MARGIN);
		scroller.setMinSize(Math.max(w, 200), Math.max(h, 150));
	}

	private void reveal() {
		for (String id : selection) {
			SceneElement e = element(id);
			if (e instanceof SceneNode n) {
				org.eclipse.swt.graphics.Point p = toCanvas(n.position());
				org.eclipse.swt.graphics.Rectangle area = scroller.getClientArea();
				org.eclipse.swt.graphics.Point o = scroller.getOrigin();
				if (p.x < o.x || p.y < o.y || p.x + n.width() > o.x + area.width || p.y + n.height() > o.y + area.height) {
					scroller.setOrigin(Math.max(0, p.x - 40), Math.max(0, p.y - 40));
				}
				return;
			}
		}
	}

	private void paint(GC gc) {
		org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
		painter.attach(gc);
		try {
			painter.setFill(Theme.BACKGROUND);
			painter.setStroke(Theme.BACKGROUND, 1, false);
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(area);
			Transform t = new Transform(canvas.getDisplay());
			try {
				t.translate((float) originX, (float) originY);
				gc.setTransform(t);
				if (scene == null || scene.isEmpty()) {
					painter.setStroke(Theme.MUTED, 1, false);
					painter.text(scene == null ? "Reading the spec..."
							: "Nothing of the " + scene.view().label().toLowerCase() + " side in this spec yet: "
									+ "pick an element in the palette and click here.",
							0, 0, org.cryostudio.diagram.core.render.Painter.Align.LEFT,
							org.cryostudio.diagram.core.render.TextStyle.VALUE);
				} else {
					ScenePainter.paint(painter, scene, selection);
				}
				if (connectFrom != null && pointer != null && scene != null && scene.node(connectFrom) != null) {
					Point c = scene.node(connectFrom).symbolBounds().center();
					painter.setStroke(Theme.SELECTION, 1.5, true);
					painter.line(c.x(), c.y(), pointer.x(), pointer.y());
				}
				gc.setTransform(null);
			} finally {
				t.dispose();
			}
		} finally {
			painter.attach(null);
		}
	}

	// ---- gestures -----------------------------------------------------------------------------

	private void mouseDown(Event e) {
		canvas.setFocus();
		if (e.button != 1 || scene == null) {
			return;
		}
		closeRename(true);
		Point p = toDiagram(e.x, e.y);
		pressedAt = p;
		dragged = false;
		SceneElement hit = hit(p);
		if (tool instanceof Palette.ElementTool) {
			return; // created on release
		}
		if (tool instanceof Palette.ConnectionTool) {
			connectFrom = hit instanceof SceneNode n ? n.id() : null;
			pointer = p;
			return;
		}
		boolean toggle = (e.stateMask & SWT.MOD1) != 0 || (e.stateMask & SWT.SHIFT) != 0;
		if (hit == null) {
			if (!toggle && !selection.isEmpty()) {
				selection.clear();
				gestures.selected(selection());
			}
		} else if (toggle) {
			if (!selection.remove(hit.id())) {
				selection.add(hit.id());
			}
			gestures.selected(selection());
		} else if (!selection.contains(hit.id())) {
			selection.clear();
			selection.add(hit.id());
			gestures.selected(selection());
		}
		dragStart = new LinkedHashMap<>();
		for (String id : selection) {
			SceneNode n = scene.node(id);
			if (n != null) {
				dragStart.put(id, n.position());
			}
		}
		canvas.redraw();
	}

	private void mouseMove(Event e) {
		if (scene == null) {
			return;
		}
		Point p = toDiagram(e.x, e.y);
		if (connectFrom != null) {
			pointer = p;
			canvas.redraw();
			return;
		}
		if (pressedAt == null || dragStart == null || dragStart.isEmpty() || (e.stateMask & SWT.BUTTON1) == 0) {
			return;
		}
		double dx = p.x() - pressedAt.x();
		double dy = p.y() - pressedAt.y();
		if (!dragged && Math.hypot(dx, dy) < 3) {
			return;
		}
		dragged = true;
		dragStart.forEach((id, start) -> scene.node(id).moveTo(new Point(Math.round(start.x() + dx), Math.round(start.y() + dy))));
		OrthogonalRouter.route(scene);
		canvas.redraw();
	}

	private void mouseUp(Event e) {
		if (e.button != 1 || scene == null || pressedAt == null) {
			return;
		}
		Point p = toDiagram(e.x, e.y);
		try {
			if (tool instanceof Palette.ElementTool t) {
				gestures.create(t, p);
			} else if (tool instanceof Palette.ConnectionTool t && connectFrom != null) {
				SceneElement target = hit(p);
				String from = connectFrom;
				connectFrom = null;
				if (target instanceof SceneNode n && !n.id().equals(from)) {
					gestures.connect(t, from, n.id());
				}
			} else if (dragged && dragStart != null) {
				Map<String, Point> after = new LinkedHashMap<>();
				dragStart.keySet().forEach(id -> after.put(id, scene.node(id).position()));
				gestures.moved(dragStart, after);
			}
		} finally {
			pressedAt = null;
			dragStart = null;
			dragged = false;
			pointer = null;
			canvas.redraw();
		}
	}

	private void doubleClick(Event e) {
		if (scene == null || tool != null) {
			return;
		}
		SceneElement hit = hit(toDiagram(e.x, e.y));
		if (hit != null) {
			startRename(hit.id());
		}
	}

	private void key(Event e) {
		if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
			if (!selection.isEmpty()) {
				gestures.delete();
			}
		} else if (e.keyCode == SWT.F2 && selection.size() == 1) {
			startRename(selection.iterator().next());
		} else if (e.keyCode == SWT.ESC) {
			setTool(null);
		}
	}

	private void hover(Event e) {
		if (scene == null) {
			return;
		}
		SceneElement hit = hit(toDiagram(e.x, e.y));
		canvas.setToolTipText(hit == null || hit.findings().isEmpty() ? null : String.join("\n", hit.findings()));
	}

	/** Puts a text field over the element's caption; Enter renames, Escape or leaving cancels. */
	void startRename(String sceneId) {
		SceneElement e = element(sceneId);
		if (e == null || e.caption().isEmpty()) {
			return;
		}
		closeRename(false);
		Bounds b;
		if (e instanceof SceneNode n) {
			b = NodeGeometry.captionBounds(n, painter);
		} else {
			b = org.cryostudio.diagram.core.render.EdgePainter.labelBounds(painter, (SceneEdge) e);
			if (b == null) {
				return;
			}
			b = new Bounds(b.x(), b.y(), Math.max(80, b.width()), painter.lineHeight(org.cryostudio.diagram.core.render.TextStyle.CAPTION));
		}
		Text field = new Text(canvas, SWT.BORDER | SWT.SINGLE | SWT.CENTER);
		renameField = field;
		field.setData("sceneId", sceneId);
		field.setText(e.caption());
		org.eclipse.swt.graphics.Point at = toCanvas(new Point(b.x(), b.y()));
		int h = Math.max(field.computeSize(SWT.DEFAULT, SWT.DEFAULT).y, (int) b.height());
		field.setBounds(at.x - 4, at.y - 3, (int) b.width() + 8, h);
		field.selectAll();
		field.setFocus();
		field.addListener(SWT.DefaultSelection, ev -> closeRename(true));
		field.addListener(SWT.KeyDown, ev -> {
			if (ev.keyCode == SWT.ESC) {
				closeRename(false);
			}
		});
		field.addListener(SWT.FocusOut, ev -> canvas.getDisplay().asyncExec(() -> closeRename(true)));
	}

	/** @return the open rename field, null if none (for tests) */
	Text renameField() {
		return renameField == null || renameField.isDisposed() ? null : renameField;
	}

	private void closeRename(boolean commit) {
		Text field = renameField;
		if (field == null || field.isDisposed()) {
			renameField = null;
			return;
		}
		renameField = null;
		String id = (String) field.getData("sceneId");
		String name = field.getText().strip();
		field.dispose();
		SceneElement e = element(id);
		if (commit && e != null && !name.isEmpty() && !name.equals(e.caption())) {
			gestures.rename(id, name);
		}
		canvas.setFocus();
	}

	// ---- hit testing --------------------------------------------------------------------------

	SceneElement element(String id) {
		if (scene == null) {
			return null;
		}
		SceneNode n = scene.node(id);
		if (n != null) {
			return n;
		}
		for (SceneEdge edge : scene.edges()) {
			if (edge.id().equals(id)) {
				return edge;
			}
		}
		return null;
	}

	/** @return the top-most node under the point, else the nearest edge within a few pixels */
	SceneElement hit(Point p) {
		List<SceneNode> nodes = new ArrayList<>(scene.nodes());
		for (int i = nodes.size() - 1; i >= 0; i--) {
			if (nodes.get(i).bounds().contains(p.x(), p.y())) {
				return nodes.get(i);
			}
		}
		SceneEdge best = null;
		double bestDistance = EDGE_HIT;
		for (SceneEdge e : scene.edges()) {
			List<Point> r = e.route();
			for (int i = 0; i + 1 < r.size(); i++) {
				double d = distance(p, r.get(i), r.get(i + 1));
				if (d <= bestDistance) {
					bestDistance = d;
					best = e;
				}
			}
		}
		return best;
	}

	private static double distance(Point p, Point a, Point b) {
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double len2 = dx * dx + dy * dy;
		double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2));
		return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
	}

	/** Simulates a press, drag and release in diagram coordinates (what a user's mouse does; for tests). */
	void drag(Point from, Point to) {
		org.eclipse.swt.graphics.Point a = toCanvas(from);
		org.eclipse.swt.graphics.Point b = toCanvas(to);
		send(SWT.MouseDown, a.x, a.y, 0);
		send(SWT.MouseMove, (a.x + b.x) / 2, (a.y + b.y) / 2, SWT.BUTTON1);
		send(SWT.MouseMove, b.x, b.y, SWT.BUTTON1);
		send(SWT.MouseUp, b.x, b.y, SWT.BUTTON1);
	}

	/** Simulates a click at a diagram point (for tests). */
	void click(Point at) {
		org.eclipse.swt.graphics.Point a = toCanvas(at);
		send(SWT.MouseDown, a.x, a.y, 0);
		send(SWT.MouseUp, a.x, a.y, SWT.BUTTON1);
	}

	private void send(int type, int x, int y, int state) {
		Event ev = new Event();
		ev.x = x;
		ev.y = y;
		ev.button = type == SWT.MouseMove ? 0 : 1;
		ev.stateMask = state;
		canvas.notifyListeners(type, ev);
	}

}
