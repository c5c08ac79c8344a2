package org.cryostudio.report.design;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.model.ValidityRange;
import org.cryostudio.physics.units.Units;
import org.cryostudio.report.model.Binding;
import org.cryostudio.report.model.Calculation;
import org.cryostudio.report.model.Callout;
import org.cryostudio.report.model.Expr;
import org.cryostudio.report.model.Figure;
import org.cryostudio.report.model.Paragraph;
import org.cryostudio.report.model.Section;
import org.cryostudio.report.model.Symbol;
import org.cryostudio.report.model.Table;
import org.cryostudio.report.model.Text;
import org.cryostudio.report.model.Tone;
import org.cryostudio.report.model.ValueText;

/**
 * The report's section on cold surfaces: for each surface and gas, the vapour pressure at the
 * surface and the pressure floor it sets, as a table, a chart and calculations written out.
 * Also collects the assumptions made and the sources of the property models it used.
 */
final class FloorSection {

	static final Symbol P_FLOOR = Symbol.of("p", "floor");
	static final Symbol P_S = Symbol.of("p", "s");
	static final Symbol T_G = Symbol.of("T", "g");
	static final Symbol T_S = Symbol.of("T", "s");
	static final Expr FORMULA = Expr.times(Expr.call(P_S, Expr.var(T_S)), Expr.sqrt(Expr.divide(Expr.var(T_G), Expr.var(T_S))));

	static final String HAEFER = "R. A. Haefer, Cryopumping: Theory and Practice, Oxford University Press (1989), ch. 3: "
			+ "vapour-pressure limit and thermal transpiration";

	/** The section and what it adds to the assumptions and references of the report. */
	record Part(Section section, List<Text> assumptions, List<Text> references) {
	}

	private FloorSection() {
	}

	static Part build(String id, List<ColdSurface> surfaces, List<org.cryostudio.physics.fluids.Gas> gases, DisplayNames names) {
		Section.Builder s = Section.builder(id, "Cold surfaces and condensation floors");
		List<Text> assumptions = new ArrayList<>();
		Set<String> references = new LinkedHashSet<>();
		if (surfaces.isEmpty()) {
			s.paragraph("The design has no cold surface (cryopump panel or baffle, cold trap): no condensation floor applies.");
			return new Part(s.build(), assumptions, List.of());
		}
		if (gases.isEmpty()) {
			s.paragraph("The design names no gas: the condensation floors of its cold surfaces cannot be stated.");
			return new Part(s.build(), assumptions, List.of());
		}
		s.add(new Paragraph(Text.plain("A surface at ").then(Text.of("T", Text.Style.VARIABLE)).then(Text.of("s", Text.Style.SUBSCRIPT))
				.then(" holds a gas by condensation down to the vapour pressure of its condensate, seen at the gas temperature ")
				.then(Text.of("T", Text.Style.VARIABLE)).then(Text.of("g", Text.Style.SUBSCRIPT))
				.then(" through thermal transpiration. No pump brings the partial pressure of that gas below this floor "
						+ "by condensation on that surface.")));
		// surfaces with the same temperatures from the same lines (six pumps of one catalog type) share one calculation
		Map<ColdSurface, String> labels = groups(surfaces, names);
		List<ColdSurface> distinct = List.copyOf(labels.keySet());
		List<CondensationFloor> floors = CondensationFloor.of(distinct, gases);
		s.add(table(floors, labels));
		Figure chart = VapourPressureChart.figure(id + "-chart", gases, distinct, labels);
		if (chart != null) {
			s.add(chart);
		}
		references.add(HAEFER);
		boolean anyCaution = false;
		for (CondensationFloor f : floors) {
			if (f.condenses()) {
				Calculation c = calculation(f, labels.get(f.surface()));
				anyCaution |= c.tone() == Tone.CAUTION;
				s.add(c);
				references.add(f.gas().symbol() + " vapour pressure: " + f.saturation().model() + ". " + f.saturation().source());
			}
		}
		if (anyCaution) {
			s.add(new Callout(Tone.CAUTION, Text.plain("Some vapour pressures lie outside the range of their property model; "
					+ "those calculations are marked and their values are extrapolations.")));
		}
		for (ColdSurface c : surfaces) {
			if (c.assumed()) {
				assumptions.add(Text.plain("Gas at " + names.show(c.element()) + " " + c.surface() + " taken at room temperature ("
						+ ColdSurfaces.ROOM_TEMPERATURE + " K): no vessel temperature was found for it."));
			}
		}
		assumptions.add(Text.plain("Condensation floors assume free-molecular flow at the cold surface (thermal transpiration "
				+ "p ∝ √T between surface and gas) and a condensate thick enough to have its bulk vapour pressure."));
		return new Part(s.build(), assumptions, references.stream().map(Text::plain).toList());
	}

	/** @return one representative per group of surfaces with equal temperatures cited at equal lines, with the group's label */
	static Map<ColdSurface, String> groups(List<ColdSurface> surfaces, DisplayNames names) {
		Map<List<Object>, List<ColdSurface>> byKey = new LinkedHashMap<>();
		for (ColdSurface c : surfaces) {
			byKey.computeIfAbsent(List.of(c.surface(), c.temperature(), c.location(), c.gasTemperature(), c.gasOrigin()),
					k -> new ArrayList<>()).add(c);
		}
		Map<ColdSurface, String> labels = new LinkedHashMap<>();
		for (List<ColdSurface> group : byKey.values()) {
			String elements = String.join(", ", group.stream().map(c -> names.show(c.element())).toList());
			labels.put(group.get(0), elements + " " + group.get(0).surface());
		}
		return labels;
	}

	private static Table table(List<CondensationFloor> floors, Map<ColdSurface, String> labels) {
		List<List<Table.Cell>> rows = new ArrayList<>();
		for (CondensationFloor f : floors) {
			ColdSurface s = f.surface();
			Table.Cell ps;
			Table.Cell floor;
			Table.Cell note;
			if (f.condenses()) {
				ps = Table.Cell.of(ValueText.quantity(f.saturation().value(), Units.PA, ValueText.RESULT_DIGITS));
				floor = Table.Cell.of(ValueText.quantity(f.floor().value(), Units.PA, ValueText.RESULT_DIGITS));
				note = f.saturation().valid() ? Table.Cell.of("in range")
						: new Table.Cell(Text.plain("extrapolated"), Tone.CAUTION);
			} else {
				ps = Table.Cell.of("—");
				floor = Table.Cell.of("—");
				note = new Table.Cell(f.aboveCritical() ? Text.plain("above critical point: no condensate")
						: Text.plain("negligible: below 10").then(Text.of("−300", Text.Style.SUPERSCRIPT)).then(" Pa"), Tone.MUTED);
			}
			rows.add(List.of(Table.Cell.code(labels.get(s)), Table.Cell.of(f.gas().symbol()),
					Table.Cell.of(ValueText.quantity(s.temperature(), Units.KELVIN, ValueText.INPUT_DIGITS)),
					Table.Cell.of(ValueText.quantity(s.gasTemperature(), Units.KELVIN, ValueText.INPUT_DIGITS)), ps, floor, note));
		}
		return new Table("Condensation floors", List.of(Table.Column.left("Surface", 16), Table.Column.left("Gas", 7),
				Table.Column.right(T_S.text(), 9), Table.Column.right(T_G.text(), 9),
				Table.Column.right(P_S.text().then("(").then(T_S.text()).then(")"), 16), Table.Column.right(P_FLOOR.text(), 16), Table.Column.left("Note", 27)), rows);
	}

	static Calculation calculation(CondensationFloor f, String surface) {
		ColdSurface s = f.surface();
		ModelResult ps = f.saturation();
		List<Binding> bindings = List.of(
				new Binding(P_S, Text.plain("vapour pressure of " + f.gas().symbol() + " at " + surface), ps.value(), Units.PA,
						Text.plain(ps.model())),
				Binding.input(T_G, Text.plain("temperature of the gas reaching it"), s.gasTemperature(), Units.KELVIN,
						s.assumed() ? Text.plain("assumed") : Text.code(s.gasOrigin())),
				Binding.input(T_S, Text.plain("temperature of " + surface), s.temperature(), Units.KELVIN, Text.code(s.location())));
		List<Text> notes = new ArrayList<>();
		for (ValidityRange r : ps.ranges()) {
			notes.add(Text.plain("Model range: " + r.quantity() + " from ").then(ValueText.quantity(r.min(), Units.parse(r.unit()), 5))
					.then(" to ").then(ValueText.quantity(r.max(), Units.parse(r.unit()), 5)).then("."));
		}
		for (String w : ps.warnings()) {
			notes.add(Text.plain("Warning: " + w));
		}
		return new Calculation(Text.plain("Condensation floor of " + f.gas().symbol() + " on ").then(Text.code(surface)), P_FLOOR,
				FORMULA, bindings, Units.PA, ps.valid() ? Tone.NEUTRAL : Tone.CAUTION, notes);
	}
}
