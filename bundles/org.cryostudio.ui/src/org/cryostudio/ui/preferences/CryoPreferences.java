package org.cryostudio.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;

/** CryoStudio's preference keys and stores. */
public final class CryoPreferences {

	public static final String PLUGIN = "org.cryostudio.ui";

	/** Highlight the bracket matching the one at the caret. */
	public static final String MATCHING_BRACKETS = "editor.matchingBrackets";
	public static final String MATCHING_BRACKETS_COLOR = "editor.matchingBracketsColor";
	public static final String HIGHLIGHT_BRACKET_AT_CARET = "editor.highlightBracketAtCaret";
	public static final String ENCLOSING_BRACKETS = "editor.enclosingBrackets";

	/** Significant digits of results (Results view, hovers). */
	public static final String SIGNIFICANT_DIGITS = "results.significantDigits";
	/** Re-run the solvers when a spec is saved (else only on demand). */
	public static final String SOLVE_ON_SAVE = "solver.solveOnSave";
	/** Prefix of one boolean per solver id: whether it runs (unset: it does). */
	public static final String SOLVER_ENABLED = "solver.enabled.";

	private static IPreferenceStore store;
	private static IPreferenceStore editorStore;

	private CryoPreferences() {
	}

	/** @return whether the user lets this solver run (solvers installed later run until switched off) */
	public static boolean solverEnabled(String solverId) {
		String value = store().getString(SOLVER_ENABLED + solverId);
		return value.isEmpty() || Boolean.parseBoolean(value);
	}

	/** @return CryoStudio's own preferences (instance scope, defaults from {@link CryoPreferenceDefaults}) */
	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, PLUGIN);
		}
		return store;
	}

	/** @return what the spec editor reads: CryoStudio's preferences, then the text editors' */
	public static synchronized IPreferenceStore editorStore() {
		if (editorStore == null) {
			editorStore = new ChainedPreferenceStore(new IPreferenceStore[] { store(), EditorsUI.getPreferenceStore() });
		}
		return editorStore;
	}
}
