package org.cryostudio.dsl.tests;

import static org.cryostudio.dsl.tests.RuleTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cryostudio.dsl.validation.IssueCodes;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.GasKinetics;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * knudsen-regime, vapor-pressure-floor, not-condensable, cryopump-saturation and property-range.
 * References: the mean free path of N2 at 1 Pa and 300 K is 6.8 mm (hard-sphere viscosity diameter;
 * O'Hanlon, table: 6.6 mm at 1 Pa and 295 K for air); the sublimation pressure of alpha-N2 from
 * Fray &amp; Schmitt (2009), checked by the physics tests against their tabulated values
 * (reference/sublimation_literature_values.csv); 300 sccm = 0.507 Pa m3/s (1 sccm = 101325 Pa
 * 1e-6 m3 / 60 s at 0 degC).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CryoInjectorProvider.class)
class VacuumRulesTest {

	@Inject
	private RuleTestSupport rules;

	@Test
	void insulatingVacuumAtOnePascalAcrossTwentyMillimetres() {
		String text = example("invalid/knudsen-regime.cryo");
		Issue issue = single(rules.validate(text), IssueCodes.KNUDSEN_REGIME);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(at(text, issue).startsWith("1 Pa"), () -> at(text, issue));
		double lambda = GasKinetics.of(Gas.N2).meanFreePathValue(1, 300);
		assertEquals(6.8e-3, lambda, 0.3e-3);
		assertEquals(lambda * 1e3, number(issue, "mean free path of N2 \\(([0-9.]+) mm"), 0.01);
		assertEquals(lambda / 0.02, number(issue, "Kn = ([0-9.]+) < 1"), 0.001);
		// the heat at the edge of the free-molecular range is a real number of watts
		assertTrue(number(issue, "already carries ([0-9.]+) W") > 0);
		none(rules.validate(text.replace("pressure 1 Pa", "pressure 0.1 Pa")), IssueCodes.KNUDSEN_REGIME);
	}

	@Test
	void molecularPumpsOutsideMolecularFlow() {
		String text = """
				system LoadLock {
					vessel lock { volume 12 L wall area 0.25 m2 }
					turbo tmp on lock { speed N2 260 L/s, He 250 L/s }
					roughing scroll on tmp { speed 10 m3/h ultimate pressure 2 Pa }
					scenario vent { rough lock with tmp until 1000 Pa }
					scenario handover { pump lock with tmp until 200 Pa }
				}
				""";
		List<Issue> found = withCode(rules.validate(text), IssueCodes.KNUDSEN_REGIME);
		assertEquals(2, found.size(), () -> describe(found));
		Issue rough = found.get(0);
		assertEquals(Severity.ERROR, rough.getSeverity());
		assertTrue(rough.getMessage().contains("roughing starts at atmospheric pressure (101000 Pa"), rough::getMessage);
		Issue end = found.get(1);
		assertEquals(Severity.WARNING, end.getSeverity());
		assertTrue(end.getMessage().contains("for He"), "the gas with the longest mean free path: " + end.getMessage());
		// a turbo pumping down to 1e-3 Pa reaches molecular flow: no finding
		none(rules.validate(text.replace("rough lock with tmp until 1000 Pa", "rough lock with scroll until 10 Pa")
				.replace("until 200 Pa", "until 1e-3 Pa")), IssueCodes.KNUDSEN_REGIME);
	}

	@Test
	void fixedTransmissionOnTheWayToAPumpInViscousFlow() {
		String text = """
				system Beamline {
					vessel lock { volume 12 L wall area 0.25 m2 }
					junction port
					valve gate from lock to port { diameter 100 mm transmission 0.9 open }
					turbo tmp on port { speed N2 260 L/s }
					scenario handover { pump lock with tmp until 100 Pa }
				}
				""";
		List<Issue> found = withCode(rules.validate(text), IssueCodes.KNUDSEN_REGIME);
		Issue valve = found.stream().filter(i -> i.getMessage().startsWith("the transmission of gate")).findFirst().orElseThrow();
		assertTrue(at(text, valve).startsWith("0.9"), () -> at(text, valve));
		double kn = GasKinetics.of(Gas.N2).knudsenNumber(100, 293.15, 0.1);
		assertEquals(kn, number(valve, "where Kn = ([0-9.e-]+) <"), 0.01 * kn);
		none(rules.validate(text.replace("until 100 Pa", "until 1e-4 Pa")), IssueCodes.KNUDSEN_REGIME);
	}

	@Test
	void nitrogenFloorOfATwentyKelvinPanel() {
		String text = example("invalid/vapor-pressure-floor.cryo");
		Issue issue = single(rules.validate(text), IssueCodes.VAPOR_PRESSURE_FLOOR);
		assertTrue(at(text, issue).startsWith("1e-11 Pa"), () -> at(text, issue));
		double ps = Fluids.of(Gas.N2).vapourPressure(20).value();
		assertEquals(8.53e-10, ps, 0.01e-10); // Fray & Schmitt 2009 alpha-N2 at 20 K
		assertEquals(ps * Math.sqrt(295 / 20.0), number(issue, "sets a floor of ([0-9.e-]+) Pa"), 0.01e-9);
		double needed = number(issue, "at or below ([0-9.]+) K");
		assertEquals(Fluids.of(Gas.N2).vapourTemperature(1e-11 * Math.sqrt(needed / 295)).value(), needed, 0.05);
		String fixed = applyFix(text, issue, "Set the panel temperature of cp to ");
		assertTrue(fixed.contains("panel temperature 17.7 K"), fixed);
		none(rules.validate(fixed), IssueCodes.VAPOR_PRESSURE_FLOOR);
		none(rules.validate(text.replace("< 1e-11 Pa", "< 1e-8 Pa")), IssueCodes.VAPOR_PRESSURE_FLOOR);
	}

	@Test
	void waterOnAnLn2ShroudSetsTheFloorOfTheTotalPressure() {
		String text = """
				system Trap {
					chamber main { volume 0.1 m3 wall area 1 m2 wall temperature 295 K }
					outgassing water on main { gas H2O rate 1e-8 Pa*m3/(s*m2) }
					coldtrap shroud on main { temperature 150 K area 0.5 m2 capture H2O 0.9 }
					require pressure(main) < 1e-7 Pa after 24 h
				}
				""";
		Issue issue = single(rules.validate(text), IssueCodes.VAPOR_PRESSURE_FLOOR);
		// ice Ih at 150 K: about 6e-6 Pa (IAPWS 2011 sublimation equation)
		assertEquals(Fluids.of(Gas.H2O).vapourPressure(150).value() * Math.sqrt(295 / 150.0),
				number(issue, "sets a floor of ([0-9.e-]+) Pa"), 0.01 * number(issue, "sets a floor of ([0-9.e-]+) Pa"));
		none(rules.validate(text.replace("temperature 150 K", "temperature 77 K")), IssueCodes.VAPOR_PRESSURE_FLOOR);
	}

	@Test
	void bareFifteenKelvinPanelCannotPumpHydrogen() {
		String text = example("invalid/not-condensable.cryo");
		Issue issue = single(rules.validate(text), IssueCodes.NOT_CONDENSABLE);
		assertTrue(at(text, issue).startsWith("H2 2000 L/s"), () -> at(text, issue));
		// liquid H2 at 15 K: 12.9 kPa (Leachman et al. 2009 EoS, phase equilibrium)
		double ps = Fluids.of(Gas.H2).vapourPressure(15).value();
		assertEquals(12.9e3, ps, 0.2e3);
		assertEquals(ps * Math.sqrt(293.15 / 15), number(issue, "above ([0-9.e]+) Pa"), 0.01 * ps * Math.sqrt(293.15 / 15));
		assertEquals(List.of("Add a charcoal sorbent", "Set the panel temperature to 5.2 K"), fixLabels(issue));
		none(rules.validate(applyFix(text, issue, "Add a charcoal sorbent")), IssueCodes.NOT_CONDENSABLE);
		none(rules.validate(text.replace("panel temperature 15 K", "panel temperature 4.2 K")), IssueCodes.NOT_CONDENSABLE);
	}

	@Test
	void heliumCannotCondenseAboveItsCriticalTemperature() {
		String text = """
				system Torus {
					chamber vv { volume 10 m3 wall area 40 m2 }
					cryopump cp on vv { panel temperature 12 K speed He 10 m3/s }
				}
				""";
		Issue issue = single(rules.validate(text), IssueCodes.NOT_CONDENSABLE);
		assertTrue(issue.getMessage().contains("critical temperature of He, 5.2 K"), issue::getMessage);
	}

	@Test
	void sputterToolSaturatesItsCryopumpWithinAWeek() {
		String text = example("invalid/cryopump-saturation.cryo");
		Issue issue = single(rules.validate(text), IssueCodes.CRYOPUMP_SATURATION);
		assertTrue(at(text, issue).startsWith("1000 atm*L"), () -> at(text, issue));
		double sccm = 101325 * 1e-6 / 60; // Pa m3/s per sccm (0 degC, 1 atm)
		assertEquals(300 * sccm, number(issue, "\\(([0-9.]+) Pa\\*m3/s on average"), 0.001);
		double hours = 1000 * 101325e-3 / (300 * sccm) / 3600;
		assertEquals(hours / 24, number(issue, "after ([0-9.]+) d"), 0.01);
		none(rules.validate(text.replace("for 168 h", "for 48 h")), IssueCodes.CRYOPUMP_SATURATION);
	}

	@Test
	void regenerationIntervalShorterThanRequired() {
		String text = example("invalid/cryopump-saturation.cryo").replace("run process for 168 h", "run process for 1 h")
				.replace("scenario week", "require regeneration(cp) >= 7 d during week\n\n\tscenario week");
		Issue issue = single(rules.validate(text), IssueCodes.CRYOPUMP_SATURATION);
		assertTrue(at(text, issue).startsWith("7 d"), () -> at(text, issue));
		none(rules.validate(text.replace(">= 7 d", ">= 2 d")), IssueCodes.CRYOPUMP_SATURATION);
	}

	@Test
	void neonAtTwelveKelvinIsOutsideTheSublimationData() {
		String text = example("invalid/property-range.cryo");
		Issue issue = single(rules.validate(text), IssueCodes.PROPERTY_RANGE);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().contains("triple point (24.5600 K)"), issue::getMessage);
		none(rules.validate(text), IssueCodes.NOT_CONDENSABLE);
		none(rules.validate(text.replace("capture Ne 0.9", "capture N2 0.9")), IssueCodes.PROPERTY_RANGE);
	}
}
