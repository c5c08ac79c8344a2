package org.cryostudio.ui;

import org.cryostudio.ui.charts.ChartView;
import org.cryostudio.ui.help.HelpView;
import org.cryostudio.ui.results.ResultsView;
import org.cryostudio.ui.wizards.NewCryoProjectWizard;
import org.cryostudio.ui.wizards.NewSpecWizard;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The CryoStudio perspective: projects on the left, outline on the right, problems and results below with the charts beside them. */
public final class CryoPerspective implements IPerspectiveFactory {

	public static final String ID = "org.cryostudio.ui.perspective";

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(PROJECT_EXPLORER, IPageLayout.LEFT, 0.2f, editors);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.78f, editors);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(ResultsView.ID);
		bottom.addPlaceholder(HelpView.ID);
		IPlaceholderFolderLayout charts = layout.createPlaceholderFolder("charts", IPageLayout.RIGHT, 0.5f, "bottom");
		charts.addPlaceholder(ChartView.ID + ":*");
		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(HelpView.ID);
		layout.addShowViewShortcut(ResultsView.ID);
		layout.addNewWizardShortcut(NewCryoProjectWizard.ID);
		layout.addNewWizardShortcut(NewSpecWizard.ID);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}
}
