package org.cryostudio.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

import org.cryostudio.ui.internal.CryoImages;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

/** File > New > CryoStudio Project: a name and location, then empty or from a bundled example. */
public final class NewCryoProjectWizard extends Wizard implements INewWizard {

	public static final String ID = "org.cryostudio.ui.wizards.newProject";

	private IWorkbench workbench;
	private WizardNewProjectCreationPage namePage;
	private ExamplePage examplePage;
	private String preselected;
	private IFile created;

	public NewCryoProjectWizard() {
		setWindowTitle("New CryoStudio Project");
		setNeedsProgressMonitor(true);
		setDefaultPageImageDescriptor(CryoImages.descriptor(CryoImages.CRYO));
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	/** Starts the wizard with that example chosen (the Welcome page's links). */
	public void preselect(String exampleFolder) {
		this.preselected = exampleFolder;
	}

	@Override
	public void addPages() {
		namePage = new WizardNewProjectCreationPage("project");
		namePage.setTitle("CryoStudio Project");
		namePage.setDescription("A project holds specs (.cryo) that may import each other; its specs are checked as you work.");
		if (preselected != null) {
			namePage.setInitialProjectName(preselected);
		}
		addPage(namePage);
		examplePage = new ExamplePage(BundledExamples.all());
		addPage(examplePage);
	}

	@Override
	public void createPageControls(org.eclipse.swt.widgets.Composite pageContainer) {
		super.createPageControls(pageContainer);
		if (preselected != null) {
			examplePage.select(preselected);
		}
	}

	@Override
	public boolean performFinish() {
		String name = namePage.getProjectName();
		URI location = namePage.useDefaults() ? null : namePage.getLocationURI();
		BundledExamples.Example example = examplePage.chosen();
		AtomicReference<IFile> first = new AtomicReference<>();
		try {
			getContainer().run(true, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
					first.set(ProjectCreation.create(name, location, example, monitor));
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			ErrorDialog.openError(getShell(), "New CryoStudio Project", "The project could not be created.",
					cause instanceof CoreException ce ? ce.getStatus()
							: org.eclipse.core.runtime.Status.error(String.valueOf(cause.getMessage()), cause));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		created = first.get();
		if (created != null && workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			try {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created, true);
			} catch (PartInitException e) {
				ErrorDialog.openError(getShell(), "New CryoStudio Project", "The spec could not be opened.", e.getStatus());
			}
		}
		return true;
	}

	/** @return the spec opened after finishing, null before */
	public IFile created() {
		return created;
	}
}
