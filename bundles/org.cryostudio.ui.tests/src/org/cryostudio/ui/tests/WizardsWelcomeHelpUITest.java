package org.cryostudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cryostudio.dsl.scoping.ImportPaths;
import org.cryostudio.dsl.validation.IssueCodes;
import org.cryostudio.ui.editor.CryoEditor;
import org.cryostudio.ui.help.HelpTopics;
import org.cryostudio.ui.help.HelpView;
import org.cryostudio.ui.preferences.CryoPreferences;
import org.cryostudio.ui.preferences.DisplayUnits;
import org.cryostudio.ui.welcome.ShowWelcomeHandler;
import org.cryostudio.ui.welcome.WelcomePage;
import org.cryostudio.ui.wizards.BundledExamples;
import org.cryostudio.ui.wizards.NewCryoProjectWizard;
import org.cryostudio.ui.wizards.NewSpecWizard;
import org.cryostudio.ui.workspace.CryoNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ways into CryoStudio: Welcome page, New Project from an example, New Spec, help, preferences. */
class WizardsWelcomeHelpUITest {

	@AfterEach
	void closeEditors() {
		Specs.page().closeAllEditors(false);
	}

	@Test
	void welcomeOffersEveryBundledExample() throws Exception {
		List<String> folders = new ArrayList<>();
		try (Stream<Path> dirs = Files.list(Specs.examples())) {
			for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
				try (Stream<Path> files = Files.walk(dir)) {
					if (files.anyMatch(f -> f.toString().endsWith(".cryo"))) {
						folders.add(dir.getFileName().toString());
					}
				}
			}
		}
		assertEquals(folders, BundledExamples.all().stream().map(BundledExamples.Example::folder).toList(),
				"every example folder of the repository ships in the bundle");

		ShowWelcomeHandler.open(Specs.page());
		IEditorPart welcome = Specs.page().getActiveEditor();
		assertTrue(welcome instanceof WelcomePage, "active editor: " + welcome);
		Screenshots.save("ui-welcome");
	}

	@Test
	void newProjectWizardCopiesAnExampleThatChecksClean() throws Exception {
		String folder = "torus-exhaust";
		IProject existing = ResourcesPlugin.getWorkspace().getRoot().getProject(folder);
		if (existing.exists()) {
			existing.delete(true, true, null);
		}
		NewCryoProjectWizard wizard = new NewCryoProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		wizard.preselect(folder);
		WizardDialog dialog = new WizardDialog(Specs.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.showPage(wizard.getPages()[1]);
		Screenshots.flush(dialog.getShell().getDisplay());
		Screenshots.save("ui-new-project-wizard");
		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());
		dialog.close();

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(folder);
		assertTrue(project.hasNature(CryoNature.ID), "CryoStudio nature");
		assertTrue(project.getFile(ImportPaths.PROJECT_MARKER).exists(), "root marker for imports");
		IFile spec = project.getFile("torus-exhaust.cryo");
		assertTrue(spec.exists());
		assertEquals(spec, wizard.created());
		assertTrue(Specs.page().getActiveEditor() instanceof CryoEditor editor
				&& editor.getEditorInput().getName().equals("torus-exhaust.cryo"), "the main spec is open");
		Specs.waitUntil("the workspace build is done", 30_000,
				() -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0);
		Specs.settle();
		List<String> errors = new ArrayList<>();
		for (IMarker m : project.findMarkers(org.cryostudio.ui.workspace.ProblemMarkers.TYPE, true, 2)) {
			if (m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR) {
				errors.add(m.getResource().getName() + ": " + m.getAttribute(IMarker.MESSAGE, ""));
			}
		}
		assertTrue(errors.isEmpty(), "the example checks clean in the workspace as on the command line: " + errors);
	}

	@Test
	void newSpecWizardWritesASpecThatChecksClean() throws Exception {
		IProject project = Specs.project("newspec");
		NewSpecWizard wizard = new NewSpecWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(Specs.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertTrue(wizard.performFinish());
		dialog.close();
		IFile spec = project.getFile("system.cryo");
		assertTrue(spec.exists());
		CryoEditor editor = (CryoEditor) Specs.page().getActiveEditor();
		assertTrue(editor.document().get().contains("system System {"), editor.document().get());
		Specs.settle();
		Specs.waitUntil("the spec is checked", 5_000, () -> editor.model() != null);
		assertTrue(Specs.problems(spec).isEmpty(), "starter spec is clean: " + Specs.problems(spec));
	}

	@Test
	void everyRuleHasAHelpPage() throws Exception {
		List<String> missing = new ArrayList<>();
		int codes = 0;
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				codes++;
				String code = (String) field.get(null);
				if (HelpTopics.page(code).isEmpty()) {
					missing.add(code);
				}
			}
		}
		assertTrue(codes > 10, "issue codes found: " + codes);
		assertTrue(missing.isEmpty(), "rules without a help page: " + missing);

		HelpView view = HelpView.show(Specs.page(), IssueCodes.UNIT_MISSING);
		assertEquals(IssueCodes.UNIT_MISSING, view.shownTopic());
		assertTrue(view.shownText().startsWith("unit-missing: A value without its unit"), view.shownText());
		assertTrue(view.shownText().contains("How to fix"), view.shownText());
		Screenshots.save("ui-help-rule");
		view.showTopic(HelpTopics.LANGUAGE);
		assertTrue(view.shownText().contains("Values and units"));
		Specs.page().hideView(view);
	}

	@Test
	void aProblemsRuleIsExplained() throws Exception {
		IProject project = Specs.project("explain");
		IFile spec = Specs.file(project, "e.cryo", "system E {\n\tchamber c {\n\t\tvolume 0.35\n\t}\n}\n");
		Specs.waitUntil("unit-missing marker", 10_000, () -> Specs.problems(spec).stream()
				.anyMatch(m -> IssueCodes.UNIT_MISSING.equals(m.getAttribute(org.cryostudio.ui.workspace.ProblemMarkers.CODE, ""))));
		IMarker marker = Specs.problems(spec).stream()
				.filter(m -> IssueCodes.UNIT_MISSING.equals(m.getAttribute(org.cryostudio.ui.workspace.ProblemMarkers.CODE, "")))
				.findFirst().orElseThrow();
		HelpView view = org.cryostudio.ui.help.ExplainRuleHandler.explain(Specs.page(), marker);
		assertEquals(IssueCodes.UNIT_MISSING, view.shownTopic());
		Specs.page().hideView(view);
	}

	@Test
	void resultsAreShownInTheUnitsTheUserChose() {
		IPreferenceStore store = CryoPreferences.store();
		String pressure = store.getString("display.pressure");
		try {
			store.setValue("display.pressure", "mbar");
			DisplayUnits units = new DisplayUnits(store);
			assertEquals("1.5e-6 mbar", units.format(1.5e-4, "Pa"), "pressure converted to mbar");
			assertEquals("12 W", units.format(12, "W"), "a heat load is never shown as a throughput");
			assertEquals("0.5 m3", units.format(0.5, "m3"));
			assertNotNull(units.format(3, "furlong"), "unknown units are shown as reported");
			assertEquals("3 furlong", units.format(3, "furlong"));
		} finally {
			store.setValue("display.pressure", pressure);
		}
	}
}
