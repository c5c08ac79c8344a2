package org.cryostudio.ui.editor;

import org.cryostudio.ui.editor.actions.FormatAction;
import org.cryostudio.ui.editor.actions.OpenDeclarationAction;
import org.cryostudio.ui.editor.actions.RenameAction;
import org.cryostudio.ui.editor.actions.ToggleCommentAction;
import org.cryostudio.ui.editor.model.SpecModel;
import org.cryostudio.ui.preferences.CryoPreferences;
import org.cryostudio.ui.workspace.CryoNature;
import org.cryostudio.ui.workspace.ProjectTracker;
import org.cryostudio.ui.workspace.SpecUris;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.AbstractDecoratedTextEditorPreferenceConstants;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The .cryo spec editor: a JFace text editor whose language features come from the Cryo language's
 * ide services, run on the language worker ({@link SpecSession}) so that typing never waits.
 */
public class CryoEditor extends TextEditor {

	public static final String ID = "org.cryostudio.ui.editor";
	/** Key-binding context of the spec editor (its commands are bound there). */
	public static final String SCOPE = "org.cryostudio.ui.editorScope";

	private static final char[] BRACKETS = { '{', '}', '(', ')', '[', ']' };

	private SpecSession session;
	private SemanticHighlighter highlighter;
	private FoldingUpdater folding;
	private SpecOutlinePage outline;
	private SpecModel model;
	private final ISelectionChangedListener caretListener = e -> revealCaretInOutline();

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setPreferenceStore(CryoPreferences.editorStore());
		setSourceViewerConfiguration(new CryoSourceViewerConfiguration(this, getPreferenceStore()));
		setEditorContextMenuId("#CryoEditorContext");
		setRulerContextMenuId("#CryoRulerContext");
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { SCOPE });
	}

	@Override
	protected void setDocumentProvider(IEditorInput input) {
		if (input instanceof IFileEditorInput) {
			setDocumentProvider(CryoDocumentProvider.get());
		} else {
			super.setDocumentProvider(input);
		}
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		ProjectionSupport projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projection.addSummarizableAnnotationType("org.eclipse.ui.workbench.texteditor.error");
		projection.addSummarizableAnnotationType("org.eclipse.ui.workbench.texteditor.warning");
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		folding = new FoldingUpdater(viewer);
		highlighter = new SemanticHighlighter(viewer);
		if (getSelectionProvider() instanceof IPostSelectionProvider post) {
			post.addPostSelectionChangedListener(caretListener);
		}
		startSession();
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		super.doSetInput(input);
		if (getSourceViewer() != null) {
			startSession();
		}
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		super.configureSourceViewerDecorationSupport(support);
		support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(BRACKETS));
		support.setMatchingCharacterPainterPreferenceKeys(CryoPreferences.MATCHING_BRACKETS,
				CryoPreferences.MATCHING_BRACKETS_COLOR, CryoPreferences.HIGHLIGHT_BRACKET_AT_CARET,
				CryoPreferences.ENCLOSING_BRACKETS);
	}

	@Override
	protected boolean isTabsToSpacesConversionEnabled() {
		return false; // the canonical format indents with tabs
	}

	@Override
	protected void createActions() {
		super.createActions();
		Action assist = new Action("Content &Assist") {
			@Override
			public void run() {
				ITextOperationTarget target = getAdapter(ITextOperationTarget.class);
				if (target != null && target.canDoOperation(ISourceViewer.CONTENTASSIST_PROPOSALS)) {
					target.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
				}
			}
		};
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction(ITextEditorActionConstants.CONTENT_ASSIST, assist);
		setAction(FormatAction.COMMAND, new FormatAction(this));
		setAction(ToggleCommentAction.COMMAND, new ToggleCommentAction(this));
		setAction(OpenDeclarationAction.COMMAND, new OpenDeclarationAction(this));
		setAction(RenameAction.COMMAND, new RenameAction(this));
	}

	@Override
	protected void editorContextMenuAboutToShow(IMenuManager menu) {
		super.editorContextMenuAboutToShow(menu);
		menu.insertBefore(ITextEditorActionConstants.GROUP_UNDO, new Separator("cryo"));
		menu.appendToGroup("cryo", getAction(OpenDeclarationAction.COMMAND));
		menu.appendToGroup("cryo", getAction(ITextEditorActionConstants.CONTENT_ASSIST));
		menu.appendToGroup("cryo", getAction(ITextEditorActionConstants.QUICK_ASSIST));
		menu.appendToGroup("cryo", getAction(FormatAction.COMMAND));
		menu.appendToGroup("cryo", getAction(ToggleCommentAction.COMMAND));
		menu.appendToGroup("cryo", getAction(RenameAction.COMMAND));
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
				outline = new SpecOutlinePage(this);
				if (model != null) {
					SpecModel current = model;
					getSite().getShell().getDisplay().asyncExec(() -> {
						if (outline != null && outline.getControl() != null && !outline.getControl().isDisposed()) {
							outline.update(current.outline());
							revealCaretInOutline();
						}
					});
				}
			}
			return type.cast(outline);
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		stopSession();
		if (highlighter != null) {
			highlighter.dispose();
		}
		if (getSelectionProvider() instanceof IPostSelectionProvider post) {
			post.removePostSelectionChangedListener(caretListener);
		}
		super.dispose();
	}

	// ---- the language worker ------------------------------------------------------------------

	private void startSession() {
		stopSession();
		IFile file = getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
		URI uri = file == null ? null : SpecUris.of(file);
		IDocument document = document();
		if (uri == null || document == null) {
			return; // a spec outside the workspace gets colouring and editing aids only
		}
		configure(file.getProject());
		session = new SpecSession(uri, document, getSite().getShell().getDisplay(), this::show);
		session.start();
	}

	private void stopSession() {
		if (session != null) {
			session.dispose();
			session = null;
		}
	}

	/** Tracks the project at once and makes it a CryoStudio project, so its other specs are checked too. */
	private static void configure(IProject project) {
		ProjectTracker.track(project);
		if (CryoNature.isOn(project) || !project.isOpen()) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Configuring " + project.getName() + " as a CryoStudio project") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				CryoNature.addTo(project, monitor);
				return Status.OK_STATUS;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().modifyRule(project));
		job.setSystem(true);
		job.schedule();
	}

	/** Shows what the worker computed for the current text. */
	private void show(SpecModel next) {
		model = next;
		if (highlighter != null) {
			highlighter.update(next.highlights());
		}
		if (folding != null) {
			folding.update(next.folds());
		}
		if (outline != null) {
			outline.update(next.outline());
			revealCaretInOutline();
		}
	}

	private void revealCaretInOutline() {
		if (outline != null && getSelectionProvider() != null
				&& getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			outline.reveal(selection.getOffset());
		}
	}

	// ---- for actions and tests ------------------------------------------------------------------

	/** @return the connection to the language worker, or null for a spec outside the workspace */
	public SpecSession session() {
		return session;
	}

	public IDocument document() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
	}

	/** @return what the worker last computed for this editor's text, or null before the first build */
	public SpecModel model() {
		return model;
	}

	public int tabWidth() {
		return getPreferenceStore().getInt(AbstractDecoratedTextEditorPreferenceConstants.EDITOR_TAB_WIDTH);
	}

	/** @return the viewer, for tests that type and look */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}
}
