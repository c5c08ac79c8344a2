package org.cryostudio.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cryostudio.dsl.validation.IssueCodes;
import org.cryostudio.dsl.validation.PhysicsFixes;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Quick fixes (LSP code actions, and the desktop editor's): add the missing unit to a number;
 * replace a unit of the wrong dimension, or an unknown unit, by one the property takes; remove a
 * unit from a count. The units come from the diagnostic's data, which the unit validator fills
 * from the property table, so there is one fix per unit.
 *
 * <p>The physics rules compute their fixes where the numbers are known (set a panel to the
 * temperature that meets a pressure, precool a JT stage below its inversion temperature, thicken a
 * shell, add a sorbent ...) and send them as issue data ({@link PhysicsFixes}); here they become
 * text edits.
 */
public class CryoQuickfixProvider implements IQuickFixProvider {

	/** At most this many alternative units are offered. */
	static final int MAX_UNITS = 4;

	private static final Set<String> CODES = Set.of(IssueCodes.UNIT_MISSING, IssueCodes.UNIT_DIMENSION,
			IssueCodes.UNIT_UNKNOWN);

	/** Rules whose fixes travel as {@link PhysicsFixes} data. */
	private static final Set<String> PHYSICS_CODES = Set.of(IssueCodes.JT_ABOVE_INVERSION, IssueCodes.VAPOR_PRESSURE_FLOOR,
			IssueCodes.NOT_CONDENSABLE, IssueCodes.TEMPERATURE_ORDER, IssueCodes.SUPERFLUID_STATE, IssueCodes.BUCKLING_MARGIN);

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return CODES.contains(code(diagnostic)) || PHYSICS_CODES.contains(code(diagnostic));
	}

	@Override
	public List<DiagnosticResolution> getResolutions(ICodeActionService2.Options options, Diagnostic diagnostic) {
		String code = code(diagnostic);
		if (PHYSICS_CODES.contains(code)) {
			return physicsFixes(options, diagnostic);
		}
		if (!CODES.contains(code)) {
			return List.of();
		}
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		List<String> units = units(diagnostic.getData());
		if (IssueCodes.UNIT_MISSING.equals(code)) {
			for (String unit : units) {
				acceptor.accept("Add unit " + unit, (d, object, document) -> List.of(
						new TextEdit(new Range(d.getRange().getEnd(), d.getRange().getEnd()), " " + unit)));
			}
		} else if (units.isEmpty()) {
			acceptor.accept("Remove the unit", (d, object, document) -> List.of(removal(d, document)));
		} else {
			for (String unit : units) {
				acceptor.accept("Use " + unit, (d, object, document) -> List.of(new TextEdit(d.getRange(), unit)));
			}
		}
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}

	private List<DiagnosticResolution> physicsFixes(ICodeActionService2.Options options, Diagnostic diagnostic) {
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		for (PhysicsFixes.Fix fix : PhysicsFixes.parse(strings(diagnostic.getData()))) {
			acceptor.accept(fix.label(), (d, object, document) -> {
				List<TextEdit> edits = new ArrayList<>();
				for (PhysicsFixes.Edit e : fix.edits()) {
					edits.add(new TextEdit(new Range(document.getPosition(e.offset()), document.getPosition(e.offset() + e.length())),
							e.text()));
				}
				return edits;
			});
		}
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}

	private static String code(Diagnostic diagnostic) {
		if (diagnostic.getCode() == null) {
			return null;
		}
		return diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : String.valueOf(diagnostic.getCode().getRight());
	}

	/** Deletes the unit and the blanks before it. */
	private static TextEdit removal(Diagnostic diagnostic, Document document) {
		String text = document.getContents();
		int start = document.getOffSet(diagnostic.getRange().getStart());
		while (start > 0 && text.charAt(start - 1) == ' ') {
			start--;
		}
		Position from = document.getPosition(start);
		return new TextEdit(new Range(from, diagnostic.getRange().getEnd()), "");
	}

	/** Diagnostic data arrive as String[] in-process and as a JSON array over JSON-RPC. */
	static List<String> units(Object data) {
		List<String> units = strings(data);
		return units.size() > MAX_UNITS ? units.subList(0, MAX_UNITS) : units;
	}

	/** @return the diagnostic data as strings, from a String[], a list or a JSON array */
	static List<String> strings(Object data) {
		List<String> units = new ArrayList<>();
		if (data instanceof String[] array) {
			units.addAll(List.of(array));
		} else if (data instanceof JsonArray array) {
			for (JsonElement e : array) {
				units.add(e.getAsString());
			}
		} else if (data instanceof List<?> list) {
			list.forEach(o -> units.add(String.valueOf(o)));
		} else if (data instanceof JsonElement e && e.isJsonPrimitive()) {
			units.add(e.getAsString());
		} else if (data instanceof String s && !s.isEmpty()) {
			units.add(s);
		}
		return units;
	}
}
