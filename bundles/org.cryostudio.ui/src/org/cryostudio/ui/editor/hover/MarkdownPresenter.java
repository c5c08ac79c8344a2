package org.cryostudio.ui.editor.hover;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Drawable;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/** Renders hover Markdown ({@link MarkdownText}) as styled text in JFace's default hover control. */
final class MarkdownPresenter
		implements DefaultInformationControl.IInformationPresenter, DefaultInformationControl.IInformationPresenterExtension {

	@Override
	@Deprecated
	public String updatePresentation(Display display, String hoverInfo, TextPresentation presentation, int maxWidth,
			int maxHeight) {
		return updatePresentation((Drawable) display, hoverInfo, presentation, maxWidth, maxHeight);
	}

	private static final Color CODE = new Color(new RGB(0, 90, 120));

	@Override
	public String updatePresentation(Drawable drawable, String hoverInfo, TextPresentation presentation, int maxWidth,
			int maxHeight) {
		MarkdownText markdown = MarkdownText.parse(hoverInfo);
		for (MarkdownText.Run run : markdown.runs()) {
			StyleRange range = new StyleRange(run.offset(), run.length(), null, null);
			switch (run.style()) {
				case BOLD, HEADING -> range.fontStyle = SWT.BOLD;
				case ITALIC -> range.fontStyle = SWT.ITALIC;
				case CODE -> range.foreground = CODE;
			}
			presentation.addStyleRange(range);
		}
		return markdown.text();
	}
}
