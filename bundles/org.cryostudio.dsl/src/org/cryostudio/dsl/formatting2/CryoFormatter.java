package org.cryostudio.dsl.formatting2;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import org.cryostudio.dsl.cryo.Catalog;
import org.cryostudio.dsl.cryo.CryoSystem;
import org.cryostudio.dsl.cryo.Mixture;
import org.cryostudio.dsl.cryo.Model;
import org.cryostudio.dsl.cryo.Scenario;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.SinglelineCodeCommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * The canonical layout of .cryo files, so that designs diff cleanly:
 * <ul>
 * <li>one space between the tokens of a line; none inside units ({@code Pa*m3/(s*m2)}), qualified
 * names and numbers, none before {@code ,} {@code :} {@code )} or around {@code (};</li>
 * <li>imports one per line, then a blank line; one blank line between top-level items;</li>
 * <li>members of a system, catalog or scenario one per line, a single blank line between them
 * kept where the author put one;</li>
 * <li>an element's properties one per line inside {@code { }}, indented by a tab; a mixture and
 * an empty body stay on one line.</li>
 * </ul>
 * The formatter only changes whitespace (and blanks inside units and names), so comments stay
 * where they are.
 */
public class CryoFormatter extends AbstractJavaFormatter {

	protected void format(Model model, IFormattableDocument doc) {
		IEObjectRegion root = getTextRegionAccess().regionForEObject(model);
		if (root == null) {
			return;
		}
		List<ISemanticRegion> regions = new java.util.ArrayList<>();
		root.getAllSemanticRegions().forEach(regions::add);
		if (regions.isEmpty()) {
			return;
		}
		for (ISemanticRegion region : regions) {
			doc.append(region, it -> {
				it.oneSpace();
				it.lowPriority();
			});
			punctuation(region, doc);
			compact(region, doc);
		}
		ISemanticRegion first = regions.get(0);
		if (first.getPreviousHiddenRegion() != null && first.getPreviousHiddenRegion().containsComment()) {
			// a file comment before the first import or element: keep one blank line after it if there was one
			doc.prepend(first, it -> it.setNewLines(1, 1, 2));
		} else {
			doc.prepend(first, it -> it.noSpace());
		}
		doc.append(regions.get(regions.size() - 1), it -> it.setNewLines(1));

		for (int i = 0; i < model.getImports().size(); i++) {
			if (i > 0) {
				doc.prepend(model.getImports().get(i), it -> it.setNewLines(1));
			}
		}
		for (int i = 0; i < model.getMembers().size(); i++) {
			EObject member = model.getMembers().get(i);
			if (i > 0 || !model.getImports().isEmpty()) {
				doc.prepend(member, it -> it.setNewLines(2));
			}
		}
		blocks(model, doc);
	}

	@Override
	public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		return new FileStartAwareHiddenRegionReplacer(region, formatting);
	}

	@Override
	public ITextReplacer createWhitespaceReplacer(ITextSegment hiddens, IHiddenRegionFormatting formatting) {
		return new CommentAwareWhitespaceReplacer(hiddens, formatting);
	}

	/**
	 * A {@code //} comment is indented like the line it belongs to, also when the author wrote it in
	 * column 0 (Xtext would keep such a comment there, taking it for commented-out code), and its
	 * text is kept exactly (Xtext's other line-comment layout rewrites the blanks after the //).
	 */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		if (comment.getText().startsWith("//")) {
			return new SinglelineCodeCommentReplacer(comment, "//") {
				@Override
				public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
					// indented like any other line
				}
			};
		}
		return super.createCommentReplacer(comment);
	}

	/** Lays out every element in the tree: blocks, their members and properties. */
	private void blocks(EObject root, IFormattableDocument doc) {
		layout(root, doc);
		for (var it = root.eAllContents(); it.hasNext();) {
			layout(it.next(), doc);
		}
	}

	private void layout(EObject element, IFormattableDocument doc) {
		List<? extends EObject> members = element instanceof CryoSystem s ? s.getMembers()
				: element instanceof Catalog c ? c.getMembers()
				: element instanceof Scenario sc ? sc.getSteps() : null;
		if (element instanceof Mixture) {
			ISemanticRegion open = regionFor(element).keyword("{");
			ISemanticRegion close = regionFor(element).keyword("}");
			if (open != null && close != null) {
				doc.surround(open, it -> it.oneSpace());
				doc.prepend(close, it -> it.oneSpace());
			}
			return;
		}
		IEObjectRegion region0 = getTextRegionAccess().regionForEObject(element);
		if (region0 == null) {
			return;
		}
		List<ISemanticRegion> own = new java.util.ArrayList<>();
		region0.getSemanticRegions().forEach(own::add);
		Set<ISemanticRegion> inline = inlineBlocks(own, members != null);
		Deque<ISemanticRegion> open = new ArrayDeque<>();
		ISemanticRegion previous = null;
		for (ISemanticRegion region : own) {
			if (isKeyword(region, "{")) {
				doc.prepend(region, it -> it.oneSpace());
				open.push(region);
			} else if (isKeyword(region, "}") && !open.isEmpty()) {
				ISemanticRegion start = open.pop();
				if (region.getPreviousSemanticRegion() == start || inline.contains(start)) {
					doc.prepend(region, it -> it.oneSpace());
				} else {
					doc.append(start, it -> it.setNewLines(1));
					doc.prepend(region, it -> it.setNewLines(1));
					doc.interior(start, region, it -> it.indent());
				}
			} else if (startsProperty(region) && previous != null && !"{".equals(previous.getText())
					&& (open.isEmpty() || !inline.contains(open.peek()))) {
				doc.prepend(region, it -> it.setNewLines(1));
			}
			previous = region;
		}
		if (members != null) {
			for (int i = 0; i < members.size(); i++) {
				if (i > 0) {
					doc.prepend(members.get(i), it -> it.setNewLines(1, 1, 2));
				}
			}
		}
		if (element instanceof org.cryostudio.dsl.cryo.Cryocooler cooler && !inline.contains(regionFor(cooler).keyword("map"))) {
			for (int i = 1; i < cooler.getLoadMap().size(); i++) {
				doc.prepend(cooler.getLoadMap().get(i), it -> it.setNewLines(1));
			}
		}
	}

	/**
	 * The blocks that stay on one line: those the author wrote on one line ({@code valve v1 from vv
	 * to cp1 { diameter 1.6 m open }}), holding no other block. Systems, catalogs and scenarios are
	 * always laid out one member per line.
	 *
	 * @return the opening braces of those blocks (the load map's: its {@code map} keyword)
	 */
	private Set<ISemanticRegion> inlineBlocks(List<ISemanticRegion> own, boolean container) {
		Set<ISemanticRegion> inline = new HashSet<>();
		if (container) {
			return inline;
		}
		Deque<ISemanticRegion> open = new ArrayDeque<>();
		Set<ISemanticRegion> hasNested = new HashSet<>();
		for (ISemanticRegion region : own) {
			if (isKeyword(region, "{")) {
				if (!open.isEmpty()) {
					hasNested.add(open.peek());
				}
				open.push(region);
			} else if (isKeyword(region, "}") && !open.isEmpty()) {
				ISemanticRegion start = open.pop();
				String inside = getTextRegionAccess().textForOffset(start.getOffset(), region.getEndOffset() - start.getOffset());
				if (!hasNested.contains(start) && inside.indexOf('\n') < 0 && inside.indexOf('\r') < 0) {
					inline.add(start);
					ISemanticRegion before = start.getPreviousSemanticRegion();
					if (before != null && isKeyword(before, "map")) {
						inline.add(before);
					}
				}
			}
		}
		return inline;
	}

	private static boolean isKeyword(ISemanticRegion region, String text) {
		return region.getGrammarElement() instanceof Keyword && text.equals(region.getText());
	}

	/**
	 * A property line starts with the first keyword of an alternative of an element's repeated
	 * body ({@code ( 'volume' volume=Quantity | 'wall' 'area' ... )*}), or with a flag or state
	 * that is such an alternative itself ({@code fixed}, {@code open}).
	 */
	static boolean startsProperty(ISemanticRegion region) {
		EObject grammar = region.getGrammarElement();
		if (grammar instanceof Keyword keyword && !Character.isLetter(keyword.getValue().charAt(0))) {
			return false;
		}
		if (!(grammar instanceof Keyword || grammar instanceof RuleCall)) {
			return false;
		}
		AbstractElement element = (AbstractElement) grammar;
		if (element.eContainer() instanceof Assignment assignment) {
			element = assignment;
		}
		EObject parent = element.eContainer();
		if (parent instanceof Alternatives alternatives) {
			return "*".equals(alternatives.getCardinality());
		}
		if (parent instanceof Group group && group.getElements().get(0) == element) {
			return "*".equals(group.getCardinality())
					|| group.eContainer() instanceof Alternatives alternatives && "*".equals(alternatives.getCardinality());
		}
		return false;
	}

	/** No space before , : ) and after (; none between a metric and its (. */
	private void punctuation(ISemanticRegion region, IFormattableDocument doc) {
		if (!(region.getGrammarElement() instanceof Keyword)) {
			return;
		}
		switch (region.getText()) {
			case "," -> doc.prepend(region, it -> it.noSpace());
			case ":" -> {
				// "require name: ..." but "cryopump cp : Type"
				if (region.getSemanticElement() instanceof org.cryostudio.dsl.cryo.Requirement) {
					doc.prepend(region, it -> it.noSpace());
				}
			}
			case ")" -> doc.prepend(region, it -> it.noSpace());
			case "(" -> {
				doc.prepend(region, it -> it.noSpace());
				doc.append(region, it -> it.noSpace());
			}
			default -> {
			}
		}
	}

	/**
	 * Units, qualified names and numbers are single tokens to the formatter (datatype rules): the
	 * blanks an author put inside them ("Pa * m3", "- 5") are removed by a replacer.
	 */
	private void compact(ISemanticRegion region, IFormattableDocument doc) {
		String text = region.getText();
		if (!isDatatypeRule(region.getGrammarElement()) || text.chars().noneMatch(Character::isWhitespace)
				|| text.contains("//") || text.contains("/*")) {
			return;
		}
		String compact = text.replaceAll("\\s+", "");
		doc.addReplacer(new ITextReplacer() {
			@Override
			public ITextSegment getRegion() {
				return region;
			}

			@Override
			public ITextReplacerContext createReplacements(ITextReplacerContext context) {
				context.addReplacement(region.replaceWith(compact));
				return context;
			}
		});
	}

	private static boolean isDatatypeRule(EObject grammar) {
		if (grammar instanceof CrossReference cross && cross.getTerminal() instanceof RuleCall call) {
			grammar = call;
		}
		return grammar instanceof RuleCall call && call.getRule() instanceof ParserRule rule
				&& GrammarUtil.isDatatypeRule(rule);
	}
}
