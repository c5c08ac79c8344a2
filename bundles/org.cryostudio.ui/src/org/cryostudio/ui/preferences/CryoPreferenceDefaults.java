package org.cryostudio.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Default values of CryoStudio's preferences. */
public final class CryoPreferenceDefaults extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(CryoPreferences.PLUGIN);
		defaults.putBoolean(CryoPreferences.MATCHING_BRACKETS, true);
		defaults.put(CryoPreferences.MATCHING_BRACKETS_COLOR, "128,128,128");
		defaults.putBoolean(CryoPreferences.HIGHLIGHT_BRACKET_AT_CARET, false);
		defaults.putBoolean(CryoPreferences.ENCLOSING_BRACKETS, false);
		defaults.putInt(CryoPreferences.SIGNIFICANT_DIGITS, 4);
		defaults.putBoolean(CryoPreferences.SOLVE_ON_SAVE, true);
		for (DisplayUnits.Choice choice : DisplayUnits.CHOICES) {
			defaults.put(choice.key(), choice.preferred());
		}
	}
}
