package org.cryostudio.ui.editor.assist;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.cryostudio.ui.editor.SpecSession;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

/**
 * Ctrl+Space: asks the language worker for proposals at the caret. The content assistant runs it off
 * the UI thread, so waiting for the worker never freezes typing.
 */
public final class CompletionProcessor implements IContentAssistProcessor {

	private static final long TIMEOUT_MS = 5_000;

	private final Supplier<SpecSession> session;
	private String error;

	public CompletionProcessor(Supplier<SpecSession> session) {
		this.session = session;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		SpecSession spec = session.get();
		if (spec == null) {
			return new ICompletionProposal[0];
		}
		CompletableFuture<List<Completion>> request = spec.read(s -> Completion.at(s, offset));
		try {
			List<Completion> completions = request.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
			return completions.stream().map(c -> new CompletionProposal(c, offset)).toArray(ICompletionProposal[]::new);
		} catch (TimeoutException e) {
			request.cancel(true);
			error = "Content assist took too long";
		} catch (ExecutionException e) {
			error = "Content assist failed: " + e.getCause().getMessage();
		} catch (InterruptedException e) {
			request.cancel(true);
			Thread.currentThread().interrupt();
		}
		return new ICompletionProposal[0];
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
