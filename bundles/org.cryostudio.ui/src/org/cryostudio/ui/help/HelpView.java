package org.cryostudio.ui.help;

import java.util.List;

import org.cryostudio.ui.editor.hover.MarkdownText;
import org.cryostudio.ui.internal.CryoImages;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/** CryoStudio Help: the language guide and a page per validation rule, rendered without a browser. */
public final class HelpView extends ViewPart {

	public static final String ID = "org.cryostudio.ui.help";

	private static final Color CODE = new Color(new RGB(0, 90, 120));

	private Tree topics;
	private StyledText page;
	private Font heading;
	private String shown;

	/** Opens the view on a topic (the language guide or a rule's issue code). */
	public static HelpView show(IWorkbenchPage workbenchPage, String topicId) throws PartInitException {
		HelpView view = (HelpView) workbenchPage.showView(ID);
		view.showTopic(topicId);
		return view;
	}

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		topics = new Tree(sash, SWT.SINGLE | SWT.V_SCROLL);
		TreeItem rules = null;
		for (HelpTopics.Topic topic : HelpTopics.all()) {
			TreeItem item;
			if (topic.rule()) {
				if (rules == null) {
					rules = new TreeItem(topics, SWT.NONE);
					rules.setText("Rules");
					rules.setImage(CryoImages.get(CryoImages.ERROR));
				}
				item = new TreeItem(rules, SWT.NONE);
				item.setText(topic.id());
			} else {
				item = new TreeItem(topics, SWT.NONE);
				item.setText(topic.title());
				item.setImage(CryoImages.get(CryoImages.HELP));
			}
			item.setData(topic.id());
		}
		topics.addListener(SWT.Selection, e -> {
			if (e.item != null && e.item.getData() instanceof String id) {
				render(id);
			}
		});
		page = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		page.setMargins(12, 8, 12, 8);
		FontData[] data = page.getFont().getFontData();
		for (FontData d : data) {
			d.setHeight(d.getHeight() + 3);
			d.setStyle(SWT.BOLD);
		}
		heading = new Font(page.getDisplay(), data);
		sash.setWeights(1, 3);
		showTopic(HelpTopics.LANGUAGE);
	}

	/** Shows the topic and selects it in the list. */
	public void showTopic(String id) {
		for (TreeItem item : topics.getItems()) {
			if (select(item, id)) {
				break;
			}
		}
		render(id);
	}

	/** @return the id of the topic on display */
	public String shownTopic() {
		return shown;
	}

	/** @return the text on display, for tests */
	public String shownText() {
		return page.getText();
	}

	private boolean select(TreeItem item, String id) {
		if (id.equals(item.getData())) {
			topics.setSelection(item);
			return true;
		}
		for (TreeItem child : item.getItems()) {
			if (select(child, id)) {
				item.setExpanded(true);
				return true;
			}
		}
		return false;
	}

	private void render(String id) {
		String markdown = HelpTopics.page(id).orElse("# No help page\n\nThere is no page for `" + id + "`.");
		MarkdownText text = MarkdownText.parse(markdown);
		page.setText(text.text());
		List<MarkdownText.Run> runs = text.runs();
		for (MarkdownText.Run run : runs) {
			StyleRange range = new StyleRange(run.offset(), run.length(), null, null);
			switch (run.style()) {
				case HEADING -> range.font = heading;
				case BOLD -> range.fontStyle = SWT.BOLD;
				case ITALIC -> range.fontStyle = SWT.ITALIC;
				case CODE -> {
					range.foreground = CODE;
					range.font = JFaceResources.getTextFont();
				}
			}
			page.setStyleRange(range);
		}
		shown = id;
		setContentDescription(id.equals(HelpTopics.LANGUAGE) ? "" : "Rule " + id);
	}

	@Override
	public void setFocus() {
		topics.setFocus();
	}

	@Override
	public void dispose() {
		if (heading != null) {
			heading.dispose();
		}
		super.dispose();
	}
}
