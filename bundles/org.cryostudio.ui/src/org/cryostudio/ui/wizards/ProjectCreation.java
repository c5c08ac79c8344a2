package org.cryostudio.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.cryostudio.dsl.scoping.ImportPaths;
import org.cryostudio.ui.workspace.CryoNature;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Creates a CryoStudio project: the nature (so its builder checks every spec), the
 * {@value ImportPaths#PROJECT_MARKER} root marker (imports stay inside the project), and either a
 * bundled example's files or one starter spec.
 */
public final class ProjectCreation {

	private ProjectCreation() {
	}

	/**
	 * @param location where the project lives, null for the workspace default
	 * @param example  the example to copy, null for a project with one starter spec
	 * @return the file to open first
	 */
	public static IFile create(String name, URI location, BundledExamples.Example example, IProgressMonitor monitor)
			throws CoreException {
		int files = example == null ? 1 : example.files().size();
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + name, 3 + files);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(name);
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		CryoNature.addTo(project, progress.split(1));
		write(project.getFile(ImportPaths.PROJECT_MARKER),
				"# marks the root of a CryoStudio project: imports may not lead above this folder\n", null);
		if (example == null) {
			IFile spec = project.getFile(name.replaceAll("[^A-Za-z0-9_-]", "_") + ".cryo");
			write(spec, starterSpec(name), progress.split(1));
			return spec;
		}
		for (String relative : example.files()) {
			IFile file = project.getFile(new Path(relative));
			try (InputStream in = BundledExamples.open(example, relative)) {
				createParents(file.getParent());
				file.create(in, true, progress.split(1));
			} catch (IOException e) {
				throw new CoreException(Status.error("Could not copy " + relative + " of the example " + example.folder(), e));
			}
		}
		String main = example.mainSpec();
		return main == null ? null : project.getFile(new Path(main));
	}

	/** A spec that checks clean: one chamber the user fills in. */
	public static String starterSpec(String projectName) {
		String system = systemName(projectName);
		return "// " + projectName + ": describe the system here (Ctrl+Space proposes what may follow)\n"
				+ "system " + system + " {\n"
				+ "\tchamber main {\n"
				+ "\t\tvolume 0.1 m3\n"
				+ "\t}\n"
				+ "}\n";
	}

	/** @return an identifier in upper camel case made from any project or file name */
	public static String systemName(String name) {
		StringBuilder id = new StringBuilder();
		boolean upper = true;
		for (char c : name.toCharArray()) {
			if (Character.isLetterOrDigit(c) && c < 128) {
				id.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			} else {
				upper = true;
			}
		}
		if (id.isEmpty() || !Character.isLetter(id.charAt(0))) {
			id.insert(0, "System");
		}
		return id.toString();
	}

	static void write(IFile file, String text, IProgressMonitor monitor) throws CoreException {
		ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, true, true, monitor);
		} else {
			createParents(file.getParent());
			file.create(content, true, monitor);
		}
	}

	private static void createParents(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createParents(folder.getParent());
			folder.create(true, true, null);
		}
	}
}
