package org.cryostudio.diagram.editor;

import org.eclipse.ui.part.EditorActionBarContributor;

/** The diagram editor's share of the workbench's menus: its global actions are set by the editor itself. */
public final class DiagramActionContributor extends EditorActionBarContributor {
}
