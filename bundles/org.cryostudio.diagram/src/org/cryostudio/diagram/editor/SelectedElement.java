package org.cryostudio.diagram.editor;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * A spec element selected in the diagram, as the workbench sees it: the Properties view shows
 * and edits its values through {@link ElementProperties}.
 *
 * @param sceneId       the diagram element (node or connection) selected
 * @param qualifiedName the spec element it shows
 */
record SelectedElement(String sceneId, String qualifiedName, DiagramEditor editor) implements IAdaptable {

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySource.class) {
			return adapter.cast(new ElementProperties(editor, qualifiedName));
		}
		return null;
	}

	@Override
	public String toString() {
		return qualifiedName;
	}
}
