package org.cryostudio.report.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cryostudio.report.fixtures.Specs;
import org.junit.jupiter.api.Test;

/** An instance of a catalog type reports the type's values, cited at the type's lines. */
class CatalogInputsTest {

	private static final String SPEC = """
			catalog Vendor {
				cryopump Big {
					panel temperature 12 K
					speed N2 1500 L/s, H2 2500 L/s
				}
			}
			system S {
				chamber c { volume 1 m3 wall temperature 300 K }
				cryopump cp : Vendor.Big on c {
					speed H2 3000 L/s
				}
			}
			""";

	@Test
	void instanceTakesTheTypesValuesAndOverridesPerGas() {
		List<InputValue> cp = SpecInputs.of(Specs.parse("cat.cryo", SPEC)).stream().filter(e -> e.name().equals("S.cp"))
				.findFirst().orElseThrow().values();
		InputValue h2 = value(cp, "speed H2");
		assertEquals("3000 L/s", h2.written());
		assertEquals(10, h2.line());
		assertEquals("", h2.type());
		InputValue n2 = value(cp, "speed N2");
		assertEquals("1500 L/s", n2.written());
		assertEquals(4, n2.line(), "cited at the type's line");
		assertEquals("Vendor.Big", n2.type());
		InputValue panel = value(cp, "panel temperature");
		assertEquals(12, panel.si().getAsDouble(), 0);
		assertEquals(3, panel.line());
		assertTrue(cp.stream().filter(v -> v.property().equals("speed H2")).count() == 1, "the type's H2 entry is replaced");
	}

	@Test
	void coldSurfaceOfAnInstanceUsesTheTypesTemperatureAndItsVolume() {
		List<ColdSurface> surfaces = ColdSurfaces.find(Specs.parse("cat.cryo", SPEC));
		assertEquals(1, surfaces.size(), "catalog types are not surfaces of the design");
		ColdSurface s = surfaces.get(0);
		assertEquals("S.cp", s.element());
		assertEquals(12, s.temperature(), 0);
		assertEquals("cat.cryo:3", s.location());
		assertEquals(300, s.gasTemperature(), 0);
		assertEquals("cat.cryo:8", s.gasOrigin());
	}

	private static InputValue value(List<InputValue> values, String property) {
		return values.stream().filter(v -> v.property().equals(property)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + property + " in " + values));
	}
}
