package org.cryostudio.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.cryostudio.ui.internal.CryoImages;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/** File > New > Cryo Spec: a new {@code .cryo} file holding a system named after the file. */
public final class NewSpecWizard extends Wizard implements INewWizard {

	public static final String ID = "org.cryostudio.ui.wizards.newSpec";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage page;

	public NewSpecWizard() {
		setWindowTitle("New Cryo Spec");
		setDefaultPageImageDescriptor(CryoImages.descriptor(CryoImages.CRYO));
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("spec", selection) {
			@Override
			protected InputStream getInitialContents() {
				String name = getFileName().replaceFirst("\\.cryo$", "");
				return new ByteArrayInputStream(ProjectCreation.starterSpec(name).getBytes(StandardCharsets.UTF_8));
			}
		};
		page.setTitle("Cryo Spec");
		page.setDescription("A spec describes one system: its chambers, gas loads, pumps, stages and requirements.");
		page.setFileExtension("cryo");
		page.setFileName("system.cryo");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			try {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, true);
			} catch (PartInitException e) {
				return false;
			}
		}
		return true;
	}
}
