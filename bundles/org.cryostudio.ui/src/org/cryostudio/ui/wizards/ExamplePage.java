package org.cryostudio.ui.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Second page of the New Project wizard: start empty or from one of the bundled examples. */
final class ExamplePage extends WizardPage {

	private static final String EMPTY = "Empty project (one starter spec)";

	private final java.util.List<BundledExamples.Example> examples;
	private org.eclipse.swt.widgets.List choices;
	private Label description;

	ExamplePage(java.util.List<BundledExamples.Example> examples) {
		super("example");
		this.examples = examples;
		setTitle("Start From");
		setDescription("Start with an empty project or copy one of the bundled reference designs.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		choices = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		choices.add(EMPTY);
		for (BundledExamples.Example example : examples) {
			choices.add(example.title());
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(480, 180).applyTo(choices);
		description = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(description);
		choices.addListener(SWT.Selection, e -> showDescription());
		choices.select(0);
		showDescription();
		setControl(page);
	}

	/** Selects the example of that folder (for callers that know what they want, such as Welcome). */
	void select(String folder) {
		for (int i = 0; i < examples.size(); i++) {
			if (examples.get(i).folder().equals(folder)) {
				choices.select(i + 1);
				showDescription();
			}
		}
	}

	/** @return the chosen example, null for an empty project */
	BundledExamples.Example chosen() {
		int index = choices == null ? 0 : choices.getSelectionIndex();
		return index <= 0 ? null : examples.get(index - 1);
	}

	private void showDescription() {
		BundledExamples.Example example = chosen();
		if (example == null) {
			description.setText("A project with the root marker and one spec holding a chamber to start from.");
		} else {
			String summary = example.summary().length() > 400 ? example.summary().substring(0, 400) + "\u2026" : example.summary();
			description.setText(summary + "\n\nFiles: " + String.join(", ", example.files()));
		}
		description.getParent().layout(true, true);
	}
}
