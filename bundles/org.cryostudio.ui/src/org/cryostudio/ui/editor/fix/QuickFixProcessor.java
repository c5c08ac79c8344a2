package org.cryostudio.ui.editor.fix;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.cryostudio.ui.editor.SpecSession;
import org.cryostudio.ui.editor.edit.WorkspaceEdits;
import org.cryostudio.ui.workspace.ProblemMarkers;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Ctrl+1: the language's quick fixes for the problems at the caret (or on its line), computed by the
 * same code-action service the language server offers.
 */
public final class QuickFixProcessor implements IQuickAssistProcessor {

	private static final long TIMEOUT_MS = 5_000;

	private final Supplier<SpecSession> session;
	private final Supplier<IRewriteTarget> rewriteTarget;
	private String error;

	public QuickFixProcessor(Supplier<SpecSession> session, Supplier<IRewriteTarget> rewriteTarget) {
		this.session = session;
		this.rewriteTarget = rewriteTarget;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		error = null;
		SpecSession spec = session.get();
		ISourceViewer viewer = context.getSourceViewer();
		if (spec == null || viewer == null || viewer.getAnnotationModel() == null) {
			return new ICompletionProposal[0];
		}
		List<Diagnostic> diagnostics = diagnosticsAt(viewer.getAnnotationModel(), viewer.getDocument(), context.getOffset());
		if (diagnostics.isEmpty()) {
			return new ICompletionProposal[0];
		}
		var request = spec.read(s -> QuickFixes.of(s, diagnostics));
		try {
			List<QuickFixes.Fix> fixes = request.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
			IDocument document = viewer.getDocument();
			return fixes.stream().map(f -> new FixProposal(f, document, rewriteTarget)).toArray(ICompletionProposal[]::new);
		} catch (InterruptedException e) {
			request.cancel(true);
			Thread.currentThread().interrupt();
		} catch (Exception e) {
			request.cancel(true);
			error = "Quick fixes are not available: " + e.getMessage();
		}
		return new ICompletionProposal[0];
	}

	/** @return the problems covering the offset, else those on its line, as LSP diagnostics */
	static List<Diagnostic> diagnosticsAt(IAnnotationModel model, IDocument document, int offset) {
		List<Diagnostic> covering = new ArrayList<>();
		List<Diagnostic> onLine = new ArrayList<>();
		int line;
		try {
			line = document.getLineOfOffset(offset);
		} catch (BadLocationException e) {
			return covering;
		}
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (!(it.next() instanceof MarkerAnnotation annotation) || annotation.isMarkedDeleted()) {
				continue;
			}
			IMarker marker = annotation.getMarker();
			Position p = model.getPosition(annotation);
			if (p == null || !marker.exists() || !isOurs(marker)) {
				continue;
			}
			try {
				Diagnostic d = diagnostic(marker, document, p);
				if (p.includes(offset) || p.offset + p.length == offset) {
					covering.add(d);
				} else if (document.getLineOfOffset(p.offset) == line) {
					onLine.add(d);
				}
			} catch (BadLocationException e) {
				// the annotation is out of date; the next build replaces it
			}
		}
		return covering.isEmpty() ? onLine : covering;
	}

	private static boolean isOurs(IMarker marker) {
		try {
			return ProblemMarkers.TYPE.equals(marker.getType());
		} catch (CoreException e) {
			return false;
		}
	}

	private static Diagnostic diagnostic(IMarker marker, IDocument document, Position p) throws BadLocationException {
		Diagnostic d = new Diagnostic();
		d.setRange(new Range(position(document, p.offset), position(document, p.offset + p.length)));
		d.setMessage(marker.getAttribute(IMarker.MESSAGE, ""));
		d.setSeverity(switch (marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)) {
			case IMarker.SEVERITY_ERROR -> DiagnosticSeverity.Error;
			case IMarker.SEVERITY_WARNING -> DiagnosticSeverity.Warning;
			default -> DiagnosticSeverity.Information;
		});
		String code = marker.getAttribute(ProblemMarkers.CODE, null);
		if (code != null) {
			d.setCode(Either.forLeft(code));
		}
		String[] data = ProblemMarkers.data(marker);
		if (data.length > 0) {
			d.setData(data);
		}
		return d;
	}

	private static org.eclipse.lsp4j.Position position(IDocument document, int offset) throws BadLocationException {
		int line = document.getLineOfOffset(offset);
		return new org.eclipse.lsp4j.Position(line, offset - document.getLineOffset(line));
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation m && m.getMarker().exists() && isOurs(m.getMarker())
				&& m.getMarker().getAttribute(ProblemMarkers.CODE, null) != null;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	/** One fix in the Ctrl+1 list; applying it changes the specs it names (one undo step here). */
	private static final class FixProposal implements ICompletionProposal {
		private final QuickFixes.Fix fix;
		private final IDocument document;
		private final Supplier<IRewriteTarget> target;

		FixProposal(QuickFixes.Fix fix, IDocument document, Supplier<IRewriteTarget> target) {
			this.fix = fix;
			this.document = document;
			this.target = target;
		}

		@Override
		public void apply(IDocument doc) {
			try {
				WorkspaceEdits.apply(fix.edit(), document, target.get());
			} catch (CoreException e) {
				ILog.of(QuickFixProcessor.class).log(e.getStatus());
			}
		}

		@Override
		public Point getSelection(IDocument doc) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
