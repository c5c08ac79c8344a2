package org.cryostudio.dsl.tests;

import static org.cryostudio.dsl.tests.RuleTestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryostudio.dsl.validation.IssueCodes;
import org.cryostudio.physics.structures.ShellBuckling;
import org.cryostudio.physics.thermal.Materials;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * buckling-margin. Reference: Windenburg &amp; Trilling, Trans. ASME 56 (1934) 819, with the NASA
 * SP-8007 knock-down 0.75 (the physics tests check the formula); E of SS304 at 293 K from the NIST
 * cryogenic material fits (about 200 GPa).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CryoInjectorProvider.class)
class StructureRulesTest {

	@Inject
	private RuleTestSupport rules;

	@Test
	void thinVacuumVesselBuckles() {
		String text = example("invalid/buckling-margin.cryo");
		Issue issue = single(rules.validate(text), IssueCodes.BUCKLING_MARGIN);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertTrue(at(text, issue).startsWith("3 mm"), () -> at(text, issue));
		double e = Materials.of("SS304").youngsModulus(293).value();
		assertEquals(200e9, e, 10e9);
		double pb = ShellBuckling.cylinder(2, 3, 0.003, e, Materials.of("SS304").poissonRatio(), 0.75).value();
		assertEquals(pb, number(issue, "buckles at ([0-9.]+) Pa"), 0.01 * pb);
		assertEquals(pb / 101325, number(issue, "safety factor is ([0-9.]+)"), 0.005);
		String fixed = applyFix(text, issue, "Set the thickness to ");
		assertTrue(fixed.contains("thickness 8.5 mm"), fixed);
		none(rules.validate(fixed), IssueCodes.BUCKLING_MARGIN);
		none(rules.validate(text.replace("thickness 3 mm", "thickness 10 mm")), IssueCodes.BUCKLING_MARGIN);
	}

	@Test
	void requirementGivesTheSafetyFactorAndSpheresAreChecked() {
		String text = """
				system Sphere {
					shell dome { shape sphere radius 1 m thickness 2 mm material SS316LN external pressure 1 atm }
					require safetyFactor(dome) >= 4
				}
				""";
		Issue issue = single(rules.validate(text), IssueCodes.BUCKLING_MARGIN);
		assertTrue(issue.getMessage().contains("below the required 4"), issue::getMessage);
		none(rules.validate(text.replace("2 mm", "5 mm")), IssueCodes.BUCKLING_MARGIN);
	}
}
