package org.cryostudio.diagram.editor;

import java.util.HashMap;
import java.util.Map;

import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.Point;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Moving nodes by hand, as a step of the spec's undo history (the same history as its text
 * edits): undo puts the nodes and their layout-file lines back as they were.
 */
final class MoveOperation extends AbstractOperation {

	private final DiagramSession session;
	private final DiagramView view;
	private final Map<String, Point> before;
	private final Map<String, Point> after;
	private final Map<String, Point> fileBefore = new HashMap<>();

	MoveOperation(DiagramSession session, DiagramView view, Map<String, Point> before, Map<String, Point> after,
			IUndoContext context) {
		super(after.size() == 1 ? "Move " + after.keySet().iterator().next().replaceFirst(".*\\.", "") : "Move " + after.size() + " elements");
		this.session = session;
		this.view = view;
		this.before = Map.copyOf(before);
		this.after = Map.copyOf(after);
		for (String id : after.keySet()) {
			fileBefore.put(id, session.layout().file().get(view, id));
		}
		addContext(context);
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		session.place(view, after);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		return execute(monitor, info);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		session.place(view, before);
		session.layout().restore(view, fileBefore);
		return Status.OK_STATUS;
	}
}
