package org.cryostudio.physics.units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cryostudio.physics.PhysicalConstants;

/**
 * The units CryoStudio reads and writes, and the parser for compound unit expressions as users
 * write them in specs and on the command line: {@code Pa*m3/(s*m2)}, {@code mbar*L/s},
 * {@code W/(m*K)}, {@code m3/h}, {@code 1/s}, {@code J/(kg*K)}, {@code kJ/mol}, {@code degC},
 * {@code cm2}, {@code %} ...
 *
 * <p>Grammar: products with {@code *}, {@code ·} or a blank, quotients with {@code /} (left to
 * right: a/b*c = (a/b)*c), parentheses, integer powers written {@code m3}, {@code m^3},
 * {@code s^-1}, {@code s-1} or {@code m³}, and the number 1 ({@code 1/s}). Atomic symbols take the SI
 * prefixes p n u µ m c d k M G where the table allows it (mbar, kPa, mK, mW, kJ, um, mL ...).
 *
 * <p>Conversion factors: exact SI definitions and prefixes (BIPM, SI Brochure, 9th ed. 2019,
 * Tables 5, 7 and 8: litre, minute, hour, day, electronvolt, degree Celsius); non-SI units from
 * NIST SP 811 (2008), Appendix B.8: atm = 101325 Pa, torr = 101325/760 Pa, bar = 1e5 Pa,
 * psi = 6894.757293168 Pa (lbf/in2 with lb = 0.45359237 kg, g_n = 9.80665 m/s2, in = 0.0254 m).
 * sccm and slm are pV throughputs at the standard conditions 101325 Pa and 0 degC (SEMI E12):
 * 1 sccm = 101325 Pa * 1e-6 m3 / 60 s = 1.68875e-3 Pa m3/s. Plane angles: rad and deg
 * (dimensionless, SI Brochure Table 4 and 8).
 */
public final class Units {

	private static final double MMHG = PhysicalConstants.STANDARD_ATMOSPHERE / 760.0;
	private static final double PSI = 0.45359237 * PhysicalConstants.STANDARD_GRAVITY / (0.0254 * 0.0254);

	/** Atomic symbols: exact spellings first, then prefix + prefixable base. */
	private static final Map<String, Unit> ATOMS = new LinkedHashMap<>();
	private static final Set<String> PREFIXABLE = new LinkedHashSet<>();
	private static final Map<String, Double> PREFIXES = new LinkedHashMap<>();

	static {
		PREFIXES.put("p", 1e-12);
		PREFIXES.put("n", 1e-9);
		PREFIXES.put("u", 1e-6);
		PREFIXES.put("µ", 1e-6); // micro sign U+00B5
		PREFIXES.put("μ", 1e-6); // Greek mu U+03BC
		PREFIXES.put("m", 1e-3);
		PREFIXES.put("c", 1e-2);
		PREFIXES.put("d", 1e-1);
		PREFIXES.put("h", 1e2);
		PREFIXES.put("k", 1e3);
		PREFIXES.put("M", 1e6);
		PREFIXES.put("G", 1e9);
		Dimension d = Dimension.NONE;
		atom("m", Dimension.LENGTH, 1, true);
		atom("g", Dimension.MASS, 1e-3, true);
		atom("s", Dimension.TIME, 1, true);
		atom("A", Dimension.CURRENT, 1, true);
		atom("K", Dimension.TEMPERATURE, 1, true);
		atom("mol", Dimension.AMOUNT, 1, true);
		atom("cd", Dimension.LUMINOUS_INTENSITY, 1, false);
		atom("Pa", Dimension.PRESSURE, 1, true);
		atom("bar", Dimension.PRESSURE, 1e5, true);
		atom("torr", Dimension.PRESSURE, MMHG, true);
		atom("Torr", Dimension.PRESSURE, MMHG, true);
		atom("mmHg", Dimension.PRESSURE, MMHG, false);
		atom("atm", Dimension.PRESSURE, PhysicalConstants.STANDARD_ATMOSPHERE, false);
		atom("psi", Dimension.PRESSURE, PSI, false);
		atom("N", Dimension.FORCE, 1, true);
		atom("J", Dimension.ENERGY, 1, true);
		atom("W", Dimension.POWER, 1, true);
		atom("Hz", Dimension.FREQUENCY, 1, true);
		atom("eV", Dimension.ENERGY, PhysicalConstants.ELEMENTARY_CHARGE, true);
		atom("L", Dimension.VOLUME, 1e-3, true);
		atom("l", Dimension.VOLUME, 1e-3, true);
		atom("min", Dimension.TIME, 60, false);
		atom("h", Dimension.TIME, 3600, false);
		atom("d", Dimension.TIME, 86400, false);
		atom("sccm", Dimension.THROUGHPUT, PhysicalConstants.STANDARD_ATMOSPHERE * 1e-6 / 60, false);
		atom("slm", Dimension.THROUGHPUT, PhysicalConstants.STANDARD_ATMOSPHERE * 1e-3 / 60, false);
		atom("%", d, 0.01, false);
		atom("ppm", d, 1e-6, false);
		// plane angles (SI Brochure Table 8: rad is coherent, 1 deg = pi/180 rad); used by spec
		// properties such as an elbow's bend angle
		atom("rad", d, 1, false);
		atom("deg", d, Math.PI / 180, false);
		ATOMS.put("degC", new Unit("degC", Dimension.TEMPERATURE, 1, 273.15));
		ATOMS.put("°C", new Unit("degC", Dimension.TEMPERATURE, 1, 273.15));
		ATOMS.put("℃", new Unit("degC", Dimension.TEMPERATURE, 1, 273.15));
	}

	private static void atom(String symbol, Dimension dimension, double factor, boolean prefixable) {
		ATOMS.put(symbol, new Unit(symbol, dimension, factor, 0));
		if (prefixable) {
			PREFIXABLE.add(symbol);
		}
	}

	public static final Unit PA = parse("Pa");
	public static final Unit MBAR = parse("mbar");
	public static final Unit BAR = parse("bar");
	public static final Unit TORR = parse("torr");
	public static final Unit ATM = parse("atm");
	public static final Unit PSI_UNIT = parse("psi");
	public static final Unit M3 = parse("m3");
	public static final Unit LITRE = parse("L");
	public static final Unit M3_PER_S = parse("m3/s");
	public static final Unit L_PER_S = parse("L/s");
	public static final Unit M3_PER_H = parse("m3/h");
	public static final Unit PA_M3_PER_S = parse("Pa*m3/s");
	public static final Unit MBAR_L_PER_S = parse("mbar*L/s");
	public static final Unit TORR_L_PER_S = parse("torr*L/s");
	public static final Unit SCCM = parse("sccm");
	public static final Unit SLM = parse("slm");
	public static final Unit WATT = parse("W");
	public static final Unit MILLIWATT = parse("mW");
	public static final Unit KELVIN = parse("K");
	public static final Unit MILLIKELVIN = parse("mK");
	public static final Unit DEGREE_CELSIUS = parse("degC");
	public static final Unit ELECTRONVOLT = parse("eV");
	public static final Unit W_PER_M2 = parse("W/m2");
	public static final Unit W_PER_M_K = parse("W/(m*K)");
	public static final Unit PA_M3_PER_S_M2 = parse("Pa*m3/(s*m2)");

	private Units() {
	}

	/**
	 * Parses a unit expression.
	 *
	 * @param text e.g. "mbar*L/s"
	 * @return the unit, whose symbol is the trimmed text
	 * @throws UnitParseException with the offset of the first unreadable character or symbol
	 */
	public static Unit parse(String text) {
		return new UnitParser(text).parse();
	}

	/**
	 * Looks up one atomic symbol, with an SI prefix where allowed ("mbar", "kJ", "mK").
	 *
	 * @return the unit, or empty when unknown
	 */
	public static Optional<Unit> lookup(String symbol) {
		Unit u = ATOMS.get(symbol);
		if (u != null) {
			return Optional.of(u);
		}
		for (var p : PREFIXES.entrySet()) {
			if (symbol.startsWith(p.getKey()) && symbol.length() > p.getKey().length()) {
				String base = symbol.substring(p.getKey().length());
				if (PREFIXABLE.contains(base)) {
					Unit b = ATOMS.get(base);
					return Optional.of(new Unit(symbol, b.dimension(), b.factor() * p.getValue(), 0));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The usual units of a dimension, preferred first (for content assist and unit pickers). A
	 * dimension shared by several kinds (power and throughput) lists the units of all of them.
	 *
	 * @return units, empty for a dimension no {@link QuantityKind} covers
	 */
	public static List<Unit> commonUnits(Dimension dimension) {
		List<Unit> out = new ArrayList<>();
		for (QuantityKind k : QuantityKind.values()) {
			if (k.dimension().equals(dimension)) {
				for (Unit u : k.commonUnits()) {
					if (out.stream().noneMatch(x -> x.symbol().equals(u.symbol()))) {
						out.add(u);
					}
				}
			}
		}
		return out;
	}

	/** @return the atomic symbols the parser knows (without prefixed forms), for documentation */
	public static Set<String> atomicSymbols() {
		return java.util.Collections.unmodifiableSet(ATOMS.keySet());
	}
}
