package org.cryostudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.cryostudio.ui.editor.assist.CompletionProcessor;
import org.cryostudio.ui.editor.fix.QuickFixProcessor;
import org.cryostudio.ui.editor.hover.SpecTextHover;
import org.cryostudio.ui.editor.navigation.DefinitionHyperlinkDetector;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DefaultIndentLineAutoEditStrategy;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/** Wires the spec editor's viewer: colouring, content assist, hovers, links, quick fixes, editing aids. */
final class CryoSourceViewerConfiguration extends TextSourceViewerConfiguration {

	private final CryoEditor editor;

	CryoSourceViewerConfiguration(CryoEditor editor, IPreferenceStore store) {
		super(store);
		this.editor = editor;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer viewer) {
		return CryoPartitions.PARTITIONING;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer viewer) {
		return CryoPartitions.TYPES;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(CryoPartitions.PARTITIONING);
		DefaultDamagerRepairer code = new DefaultDamagerRepairer(new LexicalScanner());
		reconciler.setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
		DefaultDamagerRepairer comment = new DefaultDamagerRepairer(whole(HighlightingStyles.COMMENT_ID));
		reconciler.setDamager(comment, CryoPartitions.COMMENT);
		reconciler.setRepairer(comment, CryoPartitions.COMMENT);
		DefaultDamagerRepairer string = new DefaultDamagerRepairer(whole(HighlightingStyles.STRING_ID));
		reconciler.setDamager(string, CryoPartitions.STRING);
		reconciler.setRepairer(string, CryoPartitions.STRING);
		return reconciler;
	}

	private static RuleBasedScanner whole(String style) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(new Token(CryoStyles.of(style)));
		return scanner;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer viewer) {
		ContentAssistant assistant = new ContentAssistant(true); // proposals are computed off the UI thread
		assistant.setDocumentPartitioning(CryoPartitions.PARTITIONING);
		CompletionProcessor processor = new CompletionProcessor(editor::session);
		assistant.setContentAssistProcessor(processor, IDocument.DEFAULT_CONTENT_TYPE);
		assistant.setContentAssistProcessor(processor, CryoPartitions.STRING);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(300);
		assistant.enableColoredLabels(true);
		assistant.setShowEmptyList(true);
		assistant.setStatusLineVisible(true);
		assistant.setStatusMessage("Ctrl+Space: proposals for this place");
		assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
		assistant.setInformationControlCreator(getInformationControlCreator(viewer));
		return assistant;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer viewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new QuickFixProcessor(editor::session, () -> editor.getAdapter(IRewriteTarget.class)));
		assistant.setInformationControlCreator(getInformationControlCreator(viewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer viewer, String contentType) {
		return new SpecTextHover(editor::session);
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer viewer) {
		List<IHyperlinkDetector> detectors = new ArrayList<>();
		detectors.add(new DefinitionHyperlinkDetector(editor::session));
		IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(viewer);
		if (inherited != null) {
			detectors.addAll(List.of(inherited));
		}
		return detectors.toArray(IHyperlinkDetector[]::new);
	}

	@Override
	public IAutoEditStrategy[] getAutoEditStrategies(ISourceViewer viewer, String contentType) {
		return new IAutoEditStrategy[] { new DefaultIndentLineAutoEditStrategy(), new BlockAutoEditStrategy() };
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer viewer, String contentType) {
		return new String[] { "//", "" };
	}

	@Override
	public String[] getIndentPrefixes(ISourceViewer viewer, String contentType) {
		return new String[] { "\t", "" };
	}

	@Override
	public IReconciler getReconciler(ISourceViewer viewer) {
		return null; // validation runs on the language worker, not in a JFace reconciler
	}
}
