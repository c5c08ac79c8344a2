package org.cryostudio.report.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cryostudio.report.design.DesignResults;
import org.cryostudio.report.design.SpecInputs;
import org.cryostudio.report.fixtures.SampleReport;
import org.cryostudio.report.fixtures.XmlHtml;
import org.cryostudio.report.html.HtmlExporter;
import org.eclipse.emf.ecore.resource.Resource;
import org.cryostudio.report.fixtures.Specs;
import org.junit.jupiter.api.Test;

class DesignDiffTest {

	private static final String BEFORE = """
			system S {
				chamber c { volume 1 m3 wall temperature 295 K }
				cryopump cp on c { panel temperature 20 K }
				outgassing w on c { gas N2 rate 1e-8 Pa*m3/(s*m2) }
			}
			""";
	private static final String AFTER = """
			system S {
				chamber c { volume 1000 L wall temperature 295 K }
				cryopump cp on c { panel temperature 25 K }
				leak l into c { gas N2 rate 1e-9 Pa*m3/s }
			}
			""";

	private static DesignDiff diff(String a, String b) {
		Resource ra = Specs.parse("a.cryo", a);
		Resource rb = Specs.parse("b.cryo", b);
		return DesignDiff.of("a", SpecInputs.flat(ra), DesignResults.of(ra), Map.of(), "b", SpecInputs.flat(rb),
				DesignResults.of(rb), Map.of());
	}

	@Test
	void sameValueInAnotherUnitIsNoChange() {
		DesignDiff d = diff(BEFORE, AFTER);
		assertTrue(d.inputs().stream().noneMatch(c -> c.property().equals("volume") && c.element().equals("S.c")),
				"1 m3 and 1000 L are the same volume: " + d.inputs());
	}

	@Test
	void changedInputHasAbsoluteAndRelativeChange() {
		InputChange t = diff(BEFORE, AFTER).inputs().stream().filter(c -> c.property().equals("panel temperature")).findFirst()
				.orElseThrow();
		assertEquals(Change.CHANGED, t.change());
		assertEquals(5, t.absolute().getAsDouble(), 1e-12);
		assertEquals(0.25, t.relative().getAsDouble(), 1e-12);
		assertEquals("K", t.siUnit());
	}

	@Test
	void addedAndRemovedElementsAreListed() {
		List<InputChange> inputs = diff(BEFORE, AFTER).inputs();
		assertTrue(inputs.stream().anyMatch(c -> c.change() == Change.ADDED && c.element().equals("S.l") && c.property().equals("rate")));
		assertTrue(inputs.stream().anyMatch(c -> c.change() == Change.REMOVED && c.element().equals("S.w")));
	}

	@Test
	void warmerPanelRaisesTheNitrogenFloor() {
		ResultChange floor = diff(BEFORE, AFTER).results().stream().filter(r -> r.quantity().contains("N2")).findFirst().orElseThrow();
		assertEquals(Change.CHANGED, floor.change());
		// N2 sublimation pressure rises by orders of magnitude from 20 K to 25 K (Fray & Schmitt 2009)
		assertTrue(floor.relative().getAsDouble() > 10, floor.toString());
		assertEquals("Pa", floor.unit());
	}

	@Test
	void identicalDesignsDiffer_inNothing() {
		DesignDiff d = diff(BEFORE, BEFORE);
		assertTrue(d.isEmpty(), d.toString());
		assertTrue(d.sameInputs() > 5);
		assertTrue(DiffText.render(d).contains("Inputs: 0 changed"));
	}

	@Test
	void textAndHtmlShowTheChanges() {
		DesignDiff d = diff(BEFORE, AFTER);
		String text = DiffText.render(d);
		assertTrue(text.contains("changed S.cp / panel temperature: 20 K (a.cryo:3) -> 25 K (b.cryo:3)  (+5 K, +25 %)"), text);
		String html = HtmlExporter.toHtml(DiffSection.report(d, SampleReport.DATE, "test"));
		XmlHtml parsed = XmlHtml.parse(html);
		assertEquals(d.inputs().size(), parsed.all("//section[@id='diff-inputs']//tbody/tr").size());
		assertEquals(d.results().size(), parsed.all("//section[@id='diff-results']//tbody/tr").size());
	}

	@Test
	void numbersInTextAreRoundedToFourDigits() {
		assertEquals("1.235e-9", DiffText.number(1.23456e-9));
		assertEquals("0.25", DiffText.number(0.25));
		assertEquals("-1500", DiffText.number(-1500));
		assertEquals("1.2e5", DiffText.number(120000));
	}
}
