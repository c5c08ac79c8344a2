package org.cryostudio.ui.welcome;

import org.cryostudio.ui.help.HelpTopics;
import org.cryostudio.ui.help.HelpView;
import org.cryostudio.ui.preferences.CryoPreferencePage;
import org.cryostudio.ui.wizards.BundledExamples;
import org.cryostudio.ui.wizards.NewCryoProjectWizard;
import org.cryostudio.ui.wizards.NewSpecWizard;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.part.EditorPart;

/** The Welcome page: start a project (empty or from a bundled example), read the guide, set units. */
public final class WelcomePage extends EditorPart {

	public static final String ID = "org.cryostudio.ui.welcome";

	private Composite body;

	@Override
	public void init(IEditorSite site, IEditorInput input) {
		setSite(site);
		setInput(input);
		setPartName("Welcome");
	}

	@Override
	public void createPartControl(Composite parent) {
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
		body = new Composite(scroll, SWT.NONE);
		body.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		body.setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayoutFactory.swtDefaults().margins(32, 24).spacing(8, 6).applyTo(body);

		label("CryoStudio", JFaceResources.HEADER_FONT);
		label("Describe a vacuum or cryogenic system in a short spec, see it checked against physics as you type, "
				+ "solve it, chart it and report it.", null);

		heading("Start");
		link("<a>New CryoStudio project...</a>  an empty project or a copy of a reference design", () -> openWizard(newProject(null)));
		link("<a>New spec...</a>  a .cryo file in an existing project", () -> openWizard(new NewSpecWizard()));

		heading("Reference designs");
		for (BundledExamples.Example example : BundledExamples.all()) {
			link("<a>" + escape(example.title()) + "</a>", () -> openWizard(newProject(example.folder())));
		}

		heading("Learn");
		link("<a>The Cryo language</a>  structure, values and units, keys of the editor", () -> showHelp(HelpTopics.LANGUAGE));
		link("<a>Validation rules</a>  what each problem means and how to fix it", () -> showHelp("unit-missing"));
		link("<a>Preferences...</a>  display units and solver settings", () -> PreferencesUtil
				.createPreferenceDialogOn(getSite().getShell(), CryoPreferencePage.ID, null, null).open());

		scroll.setContent(body);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(body.computeSize(600, SWT.DEFAULT));
	}

	private static NewCryoProjectWizard newProject(String example) {
		NewCryoProjectWizard wizard = new NewCryoProjectWizard();
		if (example != null) {
			wizard.preselect(example);
		}
		return wizard;
	}

	private void openWizard(INewWizard wizard) {
		wizard.init(getSite().getWorkbenchWindow().getWorkbench(), StructuredSelection.EMPTY);
		new WizardDialog(getSite().getShell(), (org.eclipse.jface.wizard.IWizard) wizard).open();
	}

	private void showHelp(String topic) {
		try {
			HelpView.show(getSite().getPage(), topic);
		} catch (PartInitException e) {
			getSite().getShell().getDisplay().beep();
		}
	}

	private void heading(String text) {
		Label gap = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().hint(SWT.DEFAULT, 8).applyTo(gap);
		label(text, JFaceResources.BANNER_FONT);
	}

	private void label(String text, String font) {
		Label label = new Label(body, SWT.WRAP);
		label.setText(text);
		if (font != null) {
			label.setFont(JFaceResources.getFont(font));
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(label);
	}

	private void link(String text, Runnable action) {
		Link link = new Link(body, SWT.NONE);
		link.setText(text);
		link.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().grab(true, false).indent(12, 0).applyTo(link);
	}

	private static String escape(String text) {
		return text.replace("&", "&&");
	}

	@Override
	public void setFocus() {
		body.setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save
	}

	@Override
	public void doSaveAs() {
		// nothing to save
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
