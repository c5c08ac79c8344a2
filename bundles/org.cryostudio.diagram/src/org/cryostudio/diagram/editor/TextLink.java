package org.cryostudio.diagram.editor;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.util.TextRegion;

/**
 * Links the diagram's selection with the text editors of the same spec, both ways: selecting in
 * the diagram selects the element's name in the text (and so in the outline, which follows the
 * text), moving the caret in the text selects the element under it in the diagram.
 */
final class TextLink implements ISelectionListener {

	private final DiagramEditor diagram;
	private final IWorkbenchPage page;
	private final Consumer<List<String>> selectInDiagram;
	private boolean revealing;

	TextLink(DiagramEditor diagram, IWorkbenchPage page, Consumer<List<String>> selectInDiagram) {
		this.diagram = diagram;
		this.page = page;
		this.selectInDiagram = selectInDiagram;
		page.addPostSelectionListener(this);
	}

	/** Selects the name of the element in every open text editor of this spec, without activating them. */
	void reveal(Set<String> elements) {
		SpecSnapshot s = diagram.session() == null ? null : diagram.session().snapshot();
		if (s == null || elements.isEmpty() || !s.text().equals(diagram.session().document().get())) {
			return;
		}
		TextRegion region = s.nameRegion(elements.iterator().next());
		if (region == null) {
			return;
		}
		revealing = true;
		try {
			for (ITextEditor editor : textEditors()) {
				editor.selectAndReveal(region.getOffset(), region.getLength());
			}
		} finally {
			revealing = false;
		}
	}

	/** @return the text editors open on this spec (including a text page of a multi-page editor) */
	List<ITextEditor> textEditors() {
		java.util.ArrayList<ITextEditor> result = new java.util.ArrayList<>();
		for (IEditorReference ref : page.getEditorReferences()) {
			IEditorPart part = ref.getEditor(false);
			if (part != diagram && part != null && part.getEditorInput().equals(diagram.getEditorInput())) {
				ITextEditor text = part instanceof ITextEditor t ? t : part.getAdapter(ITextEditor.class);
				if (text != null) {
					result.add(text);
				}
			}
		}
		return result;
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (revealing || part == diagram || !(selection instanceof ITextSelection text) || !(part instanceof IEditorPart editor)
				|| !editor.getEditorInput().equals(diagram.getEditorInput())) {
			return;
		}
		SpecSnapshot s = diagram.session() == null ? null : diagram.session().snapshot();
		if (s != null && s.text().equals(diagram.session().document().get())) {
			selectInDiagram.accept(s.elementsAt(text.getOffset()));
		}
	}

	void dispose() {
		page.removePostSelectionListener(this);
	}
}
