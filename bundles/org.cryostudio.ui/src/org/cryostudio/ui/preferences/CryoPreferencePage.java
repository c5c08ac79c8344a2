package org.cryostudio.ui.preferences;

import org.cryostudio.analysis.solver.Solver;
import org.cryostudio.analysis.solver.SolverRegistry;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > CryoStudio: the units results are shown in and how solvers run. */
public final class CryoPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.cryostudio.ui.preferences.main";

	public CryoPreferencePage() {
		super(GRID);
		setDescription("Results are computed in SI and shown in these units.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(CryoPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		for (DisplayUnits.Choice choice : DisplayUnits.CHOICES) {
			String[][] entries = choice.units().stream().map(u -> new String[] { u, u }).toArray(String[][]::new);
			addField(new ComboFieldEditor(choice.key(), choice.label() + ":", entries, getFieldEditorParent()));
		}
		IntegerFieldEditor digits = new IntegerFieldEditor(CryoPreferences.SIGNIFICANT_DIGITS, "Significant digits:",
				getFieldEditorParent(), 2);
		digits.setValidRange(2, 10);
		addField(digits);
		new Label(getFieldEditorParent(), SWT.SEPARATOR | SWT.HORIZONTAL)
				.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		addField(new BooleanFieldEditor(CryoPreferences.SOLVE_ON_SAVE, "Solve again when a spec is saved",
				getFieldEditorParent()));
		Label solvers = new Label(getFieldEditorParent(), SWT.NONE);
		solvers.setText("Solvers that run (those that apply to the spec):");
		solvers.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		for (Solver solver : SolverRegistry.discover().all()) {
			String key = CryoPreferences.SOLVER_ENABLED + solver.id();
			getPreferenceStore().setDefault(key, true);
			addField(new BooleanFieldEditor(key, solver.id() + ": " + solver.description(), getFieldEditorParent()));
		}
	}
}
