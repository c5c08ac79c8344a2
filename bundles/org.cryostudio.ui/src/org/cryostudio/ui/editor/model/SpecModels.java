package org.cryostudio.ui.editor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cryostudio.ui.workspace.SpecAccess;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.util.CancelIndicator;

/** Computes a {@link SpecModel} from a built spec with the language's ide services (worker thread). */
public final class SpecModels {

	private SpecModels() {
	}

	public static SpecModel compute(SpecAccess spec, int version) {
		CancelIndicator cancel = spec.cancelIndicator();
		return new SpecModel(version, outline(spec, cancel), highlights(spec, cancel), folds(spec, cancel));
	}

	static List<OutlineItem> outline(SpecAccess spec, CancelIndicator cancel) {
		HierarchicalDocumentSymbolService symbols = spec.service(HierarchicalDocumentSymbolService.class);
		if (symbols == null) {
			return List.of();
		}
		List<OutlineItem> items = new ArrayList<>();
		EObjectAtOffsetHelper elements = spec.service(EObjectAtOffsetHelper.class);
		for (DocumentSymbol symbol : symbols.getSymbols(spec.resource(), cancel)) {
			items.add(item(symbol, spec, elements, true));
		}
		return List.copyOf(items);
	}

	private static OutlineItem item(DocumentSymbol symbol, SpecAccess spec, EObjectAtOffsetHelper elements,
			boolean topLevel) {
		Document document = spec.document();
		int start = offset(document, symbol.getRange().getStart());
		int end = offset(document, symbol.getRange().getEnd());
		int nameStart = offset(document, symbol.getSelectionRange().getStart());
		int nameEnd = offset(document, symbol.getSelectionRange().getEnd());
		List<OutlineItem> children = new ArrayList<>();
		if (symbol.getChildren() != null) {
			for (DocumentSymbol child : symbol.getChildren()) {
				children.add(item(child, spec, elements, false));
			}
		}
		String detail = symbol.getDetail() == null || symbol.getDetail().isEmpty() ? kindAt(spec, elements, nameStart)
				: symbol.getDetail();
		return new OutlineItem(simpleName(symbol.getName()), detail, topLevel, start, Math.max(0, end - start), nameStart, Math.max(0, nameEnd - nameStart), List.copyOf(children));
	}

	/** @return what the element declared at the offset is, from its class ("Chamber" -> "chamber") */
	private static String kindAt(SpecAccess spec, EObjectAtOffsetHelper elements, int offset) {
		EObject element = elements == null ? null : elements.resolveContainedElementAt(spec.resource(), offset);
		if (element == null) {
			return "";
		}
		String name = element.eClass().getName();
		return name.isEmpty() ? "" : Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	/** Symbols carry qualified names (System.element); the tree already shows the nesting. */
	private static String simpleName(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 || dot == name.length() - 1 ? name : name.substring(dot + 1);
	}

	private static int offset(Document document, Position position) {
		try {
			return document.getOffSet(position);
		} catch (IndexOutOfBoundsException e) {
			return document.getContents().length();
		}
	}

	static List<StyledRange> highlights(SpecAccess spec, CancelIndicator cancel) {
		List<StyledRange> ranges = new ArrayList<>();
		SemanticRoles.collect(spec.resource(), ranges, cancel);
		ISemanticHighlightingCalculator language = spec.service(ISemanticHighlightingCalculator.class);
		if (language != null) {
			// the language's own calculator has the last word where it says something
			language.provideHighlightingFor(spec.resource(), (offset, length, ids) -> {
				if (ids.length > 0 && length > 0) {
					ranges.add(new StyledRange(offset, length, ids[ids.length - 1]));
				}
			}, cancel);
		}
		ranges.sort(Comparator.comparingInt(StyledRange::offset));
		return List.copyOf(ranges);
	}

	static List<SpecModel.Fold> folds(SpecAccess spec, CancelIndicator cancel) {
		IFoldingRangeProvider provider = spec.service(IFoldingRangeProvider.class);
		if (provider == null) {
			return List.of();
		}
		List<SpecModel.Fold> folds = new ArrayList<>();
		for (FoldingRange range : provider.getFoldingRanges(spec.resource(), cancel)) {
			folds.add(new SpecModel.Fold(range.getOffset(), range.getLength()));
		}
		return List.copyOf(folds);
	}
}
