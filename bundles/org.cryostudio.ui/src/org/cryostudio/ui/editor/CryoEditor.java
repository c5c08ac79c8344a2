package org.cryostudio.ui.editor;

import org.eclipse.ui.editors.text.TextEditor;

/** The .cryo spec editor. */
public class CryoEditor extends TextEditor {

	public static final String ID = "org.cryostudio.ui.editor";

	public CryoEditor() {
		setSourceViewerConfiguration(new CryoSourceViewerConfiguration(getPreferenceStore()));
	}
}
