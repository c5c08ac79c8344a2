package org.cryostudio.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.cryostudio.ui.editor.CryoEditor;
import org.cryostudio.ui.workspace.CryoNature;
import org.cryostudio.ui.workspace.CryoWorkspace;
import org.cryostudio.ui.workspace.MarkerUpdater;
import org.cryostudio.ui.workspace.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** Workspace, editor and waiting helpers for the UI tests (all on the UI thread). */
final class Specs {

	private Specs() {
	}

	static Path examples() {
		return Path.of(System.getProperty("cryo.examples", "dsl-examples"));
	}

	static String example(String relative) throws IOException {
		return Files.readString(examples().resolve(relative), StandardCharsets.UTF_8);
	}

	/** @return an open CryoStudio project of that name, emptied */
	static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		CryoNature.addTo(project, null);
		return project;
	}

	static IFile file(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		ByteArrayInputStream content = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(content, true, false, null);
		} else {
			file.create(content, true, null);
		}
		return file;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static CryoEditor open(IFile file) throws PartInitException {
		return (CryoEditor) IDE.openEditor(page(), file, CryoEditor.ID, true);
	}

	/** Runs the event loop until the condition holds. */
	static void waitUntil(String what, long timeoutMs, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("waited " + timeoutMs + " ms for: " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** Waits until the language worker is idle and markers are written, then lets the UI settle. */
	static void settle() throws InterruptedException {
		Display display = Display.getCurrent();
		for (int round = 0; round < 3; round++) {
			long end = System.currentTimeMillis() + 20_000;
			while (!CryoWorkspace.get().awaitIdle(10, TimeUnit.MILLISECONDS) && System.currentTimeMillis() < end) {
				display.readAndDispatch();
			}
			while (Job.getJobManager().find(MarkerUpdater.FAMILY).length > 0 && System.currentTimeMillis() < end) {
				display.readAndDispatch();
				Thread.sleep(5);
			}
			Screenshots.flush(display);
		}
	}

	static List<IMarker> problems(IFile file) {
		try {
			return Arrays.asList(file.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			return List.of();
		}
	}

	static boolean hasProblem(IFile file, String messagePart) {
		return problems(file).stream().anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains(messagePart));
	}
}
