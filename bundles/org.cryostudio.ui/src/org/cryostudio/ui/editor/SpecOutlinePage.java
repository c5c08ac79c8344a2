package org.cryostudio.ui.editor;

import java.util.List;
import java.util.Objects;

import org.cryostudio.ui.editor.model.OutlineItem;
import org.cryostudio.ui.internal.CryoImages;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline of a spec: its elements as the language's document symbols describe them. Selecting
 * one selects its name in the editor; moving the caret selects the element around it.
 */
public final class SpecOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private final Root root = new Root();
	private boolean revealing;

	/** The tree's invisible root, so refreshes keep expansion and selection. */
	private static final class Root {
		List<OutlineItem> items = List.of();
	}

	SpecOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setUseHashlookup(true);
		viewer.setComparer(new SameElement());
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new Labels()));
		viewer.setAutoExpandLevel(AbstractTreeViewer.ALL_LEVELS);
		viewer.setInput(root);
	}

	/** Shows new outline items (UI thread). */
	void update(List<OutlineItem> items) {
		root.items = items;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh();
			viewer.expandAll();
		}
	}

	/** @return the items shown, for tests */
	public List<OutlineItem> items() {
		return root.items;
	}

	/** Selects the innermost element around the caret, without moving the caret. */
	void reveal(int caret) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		TreePath path = pathAt(root.items, caret, TreePath.EMPTY);
		IStructuredSelection selection = path == null ? StructuredSelection.EMPTY
				: new TreeSelection(path, viewer.getComparer());
		if (!selection.equals(viewer.getStructuredSelection())) {
			revealing = true;
			try {
				viewer.setSelection(selection, true);
			} finally {
				revealing = false;
			}
		}
	}

	/** @return the selected element, for tests */
	public OutlineItem selected() {
		TreeViewer viewer = getTreeViewer();
		return viewer == null ? null
				: viewer.getStructuredSelection().getFirstElement() instanceof OutlineItem item ? item : null;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (!revealing && event.getStructuredSelection().getFirstElement() instanceof OutlineItem item) {
			editor.selectAndReveal(item.nameOffset(), item.nameLength());
		}
	}

	private static TreePath pathAt(List<OutlineItem> items, int caret, TreePath parent) {
		for (OutlineItem item : items) {
			if (item.contains(caret)) {
				TreePath here = parent.createChildPath(item);
				TreePath deeper = pathAt(item.children(), caret, here);
				return deeper != null ? deeper : here;
			}
		}
		return null;
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof Root r ? r.items.toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof OutlineItem item ? item.children().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof OutlineItem item && !item.children().isEmpty();
		}
	}

	private static final class Labels extends LabelProvider implements DelegatingStyledCellLabelProvider.IStyledLabelProvider {
		@Override
		public StyledString getStyledText(Object element) {
			if (!(element instanceof OutlineItem item)) {
				return new StyledString();
			}
			StyledString s = new StyledString(item.name());
			if (!item.detail().isEmpty()) {
				s.append(" : " + item.detail(), StyledString.DECORATIONS_STYLER);
			}
			return s;
		}

		@Override
		public Image getImage(Object element) {
			return element instanceof OutlineItem item ? CryoImages.get(item.topLevel() ? CryoImages.SYSTEM : CryoImages.ELEMENT) : null;
		}
	}

	/** Items are the same element across refreshes if name, kind and detail agree (offsets move). */
	private static final class SameElement implements IElementComparer {
		@Override
		public boolean equals(Object a, Object b) {
			if (a instanceof OutlineItem x && b instanceof OutlineItem y) {
				return x.name().equals(y.name()) && x.topLevel() == y.topLevel() && x.detail().equals(y.detail());
			}
			return Objects.equals(a, b);
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof OutlineItem x ? Objects.hash(x.name(), x.topLevel(), x.detail()) : Objects.hashCode(element);
		}
	}
}
