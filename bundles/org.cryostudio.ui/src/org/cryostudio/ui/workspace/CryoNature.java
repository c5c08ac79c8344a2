package org.cryostudio.ui.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** Marks a CryoStudio project: its specs are validated by {@link CryoBuilder}. */
public final class CryoNature implements IProjectNature {

	public static final String ID = "org.cryostudio.ui.nature";

	private IProject project;

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		for (ICommand command : commands) {
			if (CryoBuilder.ID.equals(command.getBuilderName())) {
				return;
			}
		}
		ICommand builder = description.newCommand();
		builder.setBuilderName(CryoBuilder.ID);
		ICommand[] withBuilder = Arrays.copyOf(commands, commands.length + 1);
		withBuilder[commands.length] = builder;
		description.setBuildSpec(withBuilder);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		List<ICommand> kept = new ArrayList<>();
		for (ICommand command : description.getBuildSpec()) {
			if (!CryoBuilder.ID.equals(command.getBuilderName())) {
				kept.add(command);
			}
		}
		description.setBuildSpec(kept.toArray(ICommand[]::new));
		project.setDescription(description, null);
		project.deleteMarkers(ProblemMarkers.TYPE, false, org.eclipse.core.resources.IResource.DEPTH_INFINITE);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}

	/** @return true if the project is open and a CryoStudio project */
	public static boolean isOn(IProject project) {
		try {
			return project.isOpen() && project.hasNature(ID);
		} catch (CoreException e) {
			return false;
		}
	}

	/** Adds the nature (and with it the builder) to a project. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		if (isOn(project) || !project.isOpen()) {
			return;
		}
		IProjectDescription description = project.getDescription();
		String[] natures = description.getNatureIds();
		String[] more = Arrays.copyOf(natures, natures.length + 1);
		more[natures.length] = ID;
		description.setNatureIds(more);
		project.setDescription(description, monitor);
	}
}
