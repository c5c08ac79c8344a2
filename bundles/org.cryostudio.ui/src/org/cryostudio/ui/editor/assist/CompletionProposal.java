package org.cryostudio.ui.editor.assist;

import java.util.Locale;

import org.cryostudio.ui.internal.CryoImages;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension3;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension6;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * Shows a {@link Completion} in the editor's proposal list; keeps working while the user types on
 * (the list is filtered by the text typed since the request, and that text is replaced on apply).
 */
final class CompletionProposal implements ICompletionProposal, ICompletionProposalExtension2,
		ICompletionProposalExtension3, ICompletionProposalExtension6 {

	private final Completion completion;
	private final int requestOffset;
	private int caret = -1;

	CompletionProposal(Completion completion, int requestOffset) {
		this.completion = completion;
		this.requestOffset = requestOffset;
	}

	Completion completion() {
		return completion;
	}

	@Override
	public void apply(IDocument document) {
		apply(null, '\0', 0, requestOffset, document);
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
		apply(viewer, trigger, stateMask, offset, viewer.getDocument());
	}

	private void apply(ITextViewer viewer, char trigger, int stateMask, int offset, IDocument document) {
		int typedSince = Math.max(0, offset - requestOffset);
		int length = completion.length() + typedSince;
		try {
			document.replace(completion.offset(), length, completion.text());
			caret = completion.offset() + completion.text().length();
		} catch (BadLocationException e) {
			caret = -1;
		}
	}

	@Override
	public boolean validate(IDocument document, int offset, DocumentEvent event) {
		if (offset < completion.offset()) {
			return false;
		}
		try {
			String typed = document.get(completion.offset(), offset - completion.offset()).toLowerCase(Locale.ROOT);
			return completion.text().toLowerCase(Locale.ROOT).startsWith(typed)
					|| completion.label().toLowerCase(Locale.ROOT).startsWith(typed);
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
		// no preview
	}

	@Override
	public void unselected(ITextViewer viewer) {
		// no preview
	}

	@Override
	public Point getSelection(IDocument document) {
		return caret < 0 ? null : new Point(caret, 0);
	}

	@Override
	public String getAdditionalProposalInfo() {
		String info = completion.documentation();
		if (info.isEmpty()) {
			info = completion.detail();
		}
		return info.isEmpty() ? null : info;
	}

	@Override
	public String getDisplayString() {
		return completion.label();
	}

	@Override
	public StyledString getStyledDisplayString() {
		StyledString s = new StyledString(completion.label());
		if (!completion.detail().isEmpty() && !completion.detail().equals(completion.label())) {
			s.append(" \u2013 " + completion.detail(), StyledString.QUALIFIER_STYLER);
		}
		return s;
	}

	@Override
	public Image getImage() {
		return CryoImages.forCompletion(completion.kind());
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}

	@Override
	public IInformationControlCreator getInformationControlCreator() {
		return null; // the assistant's default control shows the documentation
	}

	@Override
	public CharSequence getPrefixCompletionText(IDocument document, int completionOffset) {
		return completion.text();
	}

	@Override
	public int getPrefixCompletionStart(IDocument document, int completionOffset) {
		return completion.offset();
	}
}
