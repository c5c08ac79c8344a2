package org.cryostudio.physics.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Unit parsing and conversion. Expected factors are the exact definitions (BIPM SI Brochure 2019;
 * NIST SP 811 (2008) App. B: torr = 101325/760 Pa, psi = 6894.757293168 Pa) worked out by hand.
 */
class UnitsTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"Pa*m3/(s*m2); 1; kg s-3",
			"mbar*L/s; 0.1; m2 kg s-3",
			"torr*L/s; 0.13332236842105263; m2 kg s-3",
			"sccm; 1.68875e-3; m2 kg s-3",
			"slm; 1.68875; m2 kg s-3",
			"W/(m*K); 1; m kg s-3 K-1",
			"m3/h; 2.777777777777778e-4; m3 s-1",
			"L/s; 1e-3; m3 s-1",
			"1/s; 1; s-1",
			"J/(kg*K); 1; m2 s-2 K-1",
			"kJ/mol; 1000; m2 kg s-2 mol-1",
			"h; 3600; s",
			"min; 60; s",
			"d; 86400; s",
			"mm; 1e-3; m",
			"cm2; 1e-4; m2",
			"g; 1e-3; kg",
			"kg/s; 1; kg s-1",
			"g/s; 1e-3; kg s-1",
			"L/h; 2.777777777777778e-7; m3 s-1",
			"W/K; 1; m2 kg s-3 K-1",
			"%; 0.01; 1",
			"psi; 6894.757293168361; m-1 kg s-2",
			"atm; 101325; m-1 kg s-2",
			"bar; 1e5; m-1 kg s-2",
			"mW; 1e-3; m2 kg s-3",
			"mK; 1e-3; K",
			"eV; 1.602176634e-19; m2 kg s-2",
			"W/m2; 1; kg s-3",
			"Pa m3/s; 1; m2 kg s-3",
			"m^3/s; 1; m3 s-1",
			"s^-1; 1; s-1",
			"m³; 1; m3",
			"µm; 1e-6; m",
			"mbar*L/(s*cm2); 1000; kg s-3" })
	void parsesCompoundUnits(String text, double factor, String dimension) {
		Unit u = Units.parse(text);
		assertEquals(factor, u.factor(), 1e-12 * factor);
		assertEquals(dimension, u.dimension().toString());
		assertEquals(text.strip(), u.symbol());
		assertFalse(u.isAffine());
	}

	@Test
	void celsiusIsAffineAloneAndADifferenceInCompounds() {
		Unit c = Units.parse("degC");
		assertTrue(c.isAffine());
		assertEquals(77.15, c.toSi(-196), 1e-12);
		assertEquals(-196, c.fromSi(77.15), 1e-12);
		assertEquals(273.15, Units.parse("°C").toSi(0), 0);
		Unit perC = Units.parse("W/(m*degC)");
		assertFalse(perC.isAffine());
		assertEquals(Units.W_PER_M_K, perC);
	}

	@Test
	void convertsBetweenVacuumUnits() {
		// 1 mbar L/s = 0.1 Pa m3/s = 0.750062 torr L/s
		assertEquals(0.1, Units.MBAR_L_PER_S.convert(1, Units.PA_M3_PER_S), 1e-15);
		assertEquals(0.75006168270417, Units.MBAR_L_PER_S.convert(1, Units.TORR_L_PER_S), 1e-12);
		assertEquals(3.6, Units.L_PER_S.convert(1, Units.M3_PER_H), 1e-12);
		assertEquals(760, Units.ATM.convert(1, Units.TORR), 1e-9);
		assertThrows(IllegalArgumentException.class, () -> Units.BAR.convert(1, Units.KELVIN));
	}

	@Test
	void dimensionAlgebra() {
		assertEquals(Dimension.THROUGHPUT, Dimension.POWER);
		assertEquals(Dimension.PUMPING_SPEED, Units.parse("L/s").dimension());
		assertEquals(Dimension.PRESSURE, Dimension.ENERGY.divide(Dimension.VOLUME));
		assertEquals("m-1 kg s-2", Dimension.PRESSURE.toString());
		assertTrue(Dimension.NONE.isNone());
	}

	@ParameterizedTest(name = "[{index}] ''{0}''")
	@CsvSource(delimiter = ';', value = { "mbr*L/s; 0", "Pa*(m3; 6", "2/s; 0", "Pa**2; 3", "''; 0", "m^0; 2",
			"W/(m*K; 6", "kg/m3 x; 6", "L/s)" + "; 3" })
	void reportsTheOffsetOfBadText(String text, int offset) {
		UnitParseException e = assertThrows(UnitParseException.class, () -> Units.parse(text));
		assertEquals(offset, e.offset(), e.getMessage());
		assertFalse(e.getMessage().contains("\n"));
	}

	@Test
	void parsesQuantitiesAndChecksTheirDimension() {
		assertEquals(20, Quantity.parse("20K").si(), 0);
		assertEquals(1e5, Quantity.parse("1bar").si(), 0);
		assertEquals(77, Quantity.parse(" 77 K ").si(), 0);
		assertEquals(1e-7, Quantity.parse("1e-6 mbar*L/s").si(), 1e-22);
		assertEquals(77.15, Quantity.parse("-196 degC", Dimension.TEMPERATURE).si(), 1e-12);
		UnitParseException e = assertThrows(UnitParseException.class, () -> Quantity.parse("1 bar", Dimension.TEMPERATURE));
		assertEquals(2, e.offset());
		UnitParseException bad = assertThrows(UnitParseException.class, () -> Quantity.parse("20 kelvin"));
		assertEquals(3, bad.offset());
		assertThrows(UnitParseException.class, () -> Quantity.parse("K"));
	}

	@Test
	void commonUnitsForContentAssist() {
		List<String> speed = Units.commonUnits(Dimension.PUMPING_SPEED).stream().map(Unit::symbol).toList();
		assertTrue(speed.containsAll(List.of("m3/s", "L/s", "m3/h")), speed::toString);
		List<String> power = Units.commonUnits(Dimension.POWER).stream().map(Unit::symbol).toList();
		assertEquals("W", power.get(0));
		assertTrue(power.containsAll(List.of("mW", "Pa*m3/s", "mbar*L/s", "torr*L/s", "sccm")), power::toString);
		assertEquals("Pa*m3/s", QuantityKind.THROUGHPUT.siUnit().symbol());
		for (QuantityKind k : QuantityKind.values()) {
			for (Unit u : k.commonUnits()) {
				assertEquals(k.dimension(), u.dimension(), k + " " + u);
			}
		}
	}

	@ParameterizedTest(name = "{0} -> {2}")
	@CsvSource(delimiter = ';', value = { "0.000012345; 3; 12.3e-6", "999.97; 3; 1000", "1234567; 4; 1.235e6",
			"-0.0009999; 2; -0.001", "-0.00012345; 3; -123e-6", "0; 3; 0", "101325; 6; 101325", "1.5e-10; 2; 150e-12", "0.25; 3; 0.25" })
	void engineeringNotation(double v, int digits, String expected) {
		assertEquals(expected, Quantity.engineering(v, digits));
	}

	@Test
	void formatsQuantities() {
		assertEquals("16 mbar*L/s", Quantity.ofSi(1.6, Units.MBAR_L_PER_S).format(4));
		assertEquals("77 K", Quantity.parse("77K").toString());
		assertEquals("-196 degC", Quantity.ofSi(77.15, Units.DEGREE_CELSIUS).format(6));
	}

	/** hostile unit text found by the fuzzer (issue 12): a located parse error, never a crash */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = { "m2147483648", "m^99999999999999999999", "m^-2147483649", "((((((((((((((((((m))))))))))))))))))",
			"(((km^12)^12)^12)^12" })
	void hostileUnitTextIsAParseError(String text) {
		UnitParseException e = assertThrows(UnitParseException.class, () -> Units.parse(text));
		assertTrue(e.getMessage().contains("range") || e.getMessage().contains("nested") || e.getMessage().contains("represent"),
				e::getMessage);
	}
}
