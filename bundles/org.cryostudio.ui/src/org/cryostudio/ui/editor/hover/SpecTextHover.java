package org.cryostudio.ui.editor.hover;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.cryostudio.ui.editor.SpecSession;
import org.cryostudio.ui.editor.Words;
import org.cryostudio.ui.help.HelpTopics;
import org.cryostudio.ui.workspace.ProblemMarkers;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.AbstractReusableInformationControlCreator;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Hover over the text: the problems at that place (with their rule codes), then what the language
 * says about the element under the mouse. Computed off the UI thread by JFace's hover manager.
 */
public final class SpecTextHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

	private static final long TIMEOUT_MS = 2_000;

	private final Supplier<SpecSession> session;

	public SpecTextHover(Supplier<SpecSession> session) {
		this.session = session;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return Words.at(viewer.getDocument(), offset, false);
	}

	@Override
	public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
		StringBuilder markdown = new StringBuilder();
		for (String problem : problems(viewer, region)) {
			markdown.append(problem).append("\n\n");
		}
		SpecSession spec = session.get();
		if (spec != null) {
			CompletableFuture<String> request = spec.read(s -> HoverText.at(s, region.getOffset()));
			try {
				String info = request.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
				if (!info.isBlank()) {
					if (markdown.length() > 0) {
						markdown.append("---\n");
					}
					markdown.append(info);
				}
			} catch (InterruptedException e) {
				request.cancel(true);
				Thread.currentThread().interrupt();
			} catch (Exception e) {
				request.cancel(true);
			}
		}
		String text = markdown.toString().strip();
		return text.isEmpty() ? null : text;
	}

	@Override
	@Deprecated
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		Object info = getHoverInfo2(viewer, region);
		return info == null ? null : info.toString();
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return new AbstractReusableInformationControlCreator() {
			@Override
			protected IInformationControl doCreateInformationControl(Shell parent) {
				return new DefaultInformationControl(parent, "Press F2 for focus", new MarkdownPresenter());
			}
		};
	}

	private static List<String> problems(ITextViewer viewer, IRegion region) {
		List<String> lines = new ArrayList<>();
		if (!(viewer instanceof ISourceViewer source) || source.getAnnotationModel() == null) {
			return lines;
		}
		IAnnotationModel model = source.getAnnotationModel();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (!(annotation instanceof MarkerAnnotation markerAnnotation) || annotation.isMarkedDeleted()) {
				continue;
			}
			Position p = model.getPosition(annotation);
			if (p == null || !p.overlapsWith(region.getOffset(), Math.max(1, region.getLength()))) {
				continue;
			}
			IMarker marker = markerAnnotation.getMarker();
			if (!marker.exists()) {
				continue;
			}
			int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
			String label = severity == IMarker.SEVERITY_ERROR ? "Error"
					: severity == IMarker.SEVERITY_WARNING ? "Warning" : "Info";
			String code = marker.getAttribute(ProblemMarkers.CODE, null);
			String message = marker.getAttribute(IMarker.MESSAGE, "");
			lines.add("**" + label + "**" + (code == null ? "" : " `" + code + "`") + ": " + message.replace("*", "\\*"));
			if (code != null && HelpTopics.page(code).isPresent()) {
				lines.add("_Rule help: right-click the problem in the Problems view > Explain Rule_");
			}
		}
		return lines;
	}
}
