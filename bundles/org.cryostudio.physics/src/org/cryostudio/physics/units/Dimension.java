package org.cryostudio.physics.units;

/**
 * The physical dimension of a quantity as exponents of the seven SI base quantities (BIPM, The
 * International System of Units, 9th ed. 2019, sec. 2.3.3): length (m), mass (kg), time (s),
 * electric current (A), thermodynamic temperature (K), amount of substance (mol) and luminous
 * intensity (cd). Two quantities can be added or compared only when their dimensions are equal.
 *
 * <p>Different kinds of quantity can share a dimension: a vacuum throughput (Pa m3/s) has the
 * dimension of a power (W). {@link QuantityKind} tells them apart where that matters (content
 * assist, report headings).
 *
 * @param length      exponent of m
 * @param mass        exponent of kg
 * @param time        exponent of s
 * @param current     exponent of A
 * @param temperature exponent of K
 * @param amount      exponent of mol
 * @param luminous    exponent of cd
 */
public record Dimension(int length, int mass, int time, int current, int temperature, int amount, int luminous) {

	public static final Dimension NONE = new Dimension(0, 0, 0, 0, 0, 0, 0);
	public static final Dimension LENGTH = new Dimension(1, 0, 0, 0, 0, 0, 0);
	public static final Dimension MASS = new Dimension(0, 1, 0, 0, 0, 0, 0);
	public static final Dimension TIME = new Dimension(0, 0, 1, 0, 0, 0, 0);
	public static final Dimension CURRENT = new Dimension(0, 0, 0, 1, 0, 0, 0);
	public static final Dimension TEMPERATURE = new Dimension(0, 0, 0, 0, 1, 0, 0);
	public static final Dimension AMOUNT = new Dimension(0, 0, 0, 0, 0, 1, 0);
	public static final Dimension LUMINOUS_INTENSITY = new Dimension(0, 0, 0, 0, 0, 0, 1);

	public static final Dimension AREA = LENGTH.pow(2);
	public static final Dimension VOLUME = LENGTH.pow(3);
	public static final Dimension FREQUENCY = TIME.pow(-1);
	public static final Dimension VELOCITY = LENGTH.divide(TIME);
	public static final Dimension FORCE = MASS.times(LENGTH).divide(TIME.pow(2));
	public static final Dimension PRESSURE = FORCE.divide(AREA);
	public static final Dimension ENERGY = FORCE.times(LENGTH);
	public static final Dimension POWER = ENERGY.divide(TIME);
	/** Volume flow rate, m3/s: the pumping speed of a pump or the conductance of a duct. */
	public static final Dimension PUMPING_SPEED = VOLUME.divide(TIME);
	/** Conductance of a vacuum duct, m3/s (same dimension as {@link #PUMPING_SPEED}). */
	public static final Dimension CONDUCTANCE = PUMPING_SPEED;
	/** pV throughput, Pa m3/s (same dimension as {@link #POWER}). */
	public static final Dimension THROUGHPUT = PRESSURE.times(PUMPING_SPEED);
	/** Outgassing rate per area, Pa m3/(s m2). */
	public static final Dimension OUTGASSING_RATE = THROUGHPUT.divide(AREA);
	public static final Dimension HEAT_FLUX = POWER.divide(AREA);
	public static final Dimension THERMAL_CONDUCTIVITY = POWER.divide(LENGTH.times(TEMPERATURE));
	public static final Dimension THERMAL_CONDUCTANCE = POWER.divide(TEMPERATURE);
	public static final Dimension DENSITY = MASS.divide(VOLUME);
	public static final Dimension MASS_FLOW = MASS.divide(TIME);
	public static final Dimension SPECIFIC_ENERGY = ENERGY.divide(MASS);
	public static final Dimension SPECIFIC_HEAT = SPECIFIC_ENERGY.divide(TEMPERATURE);
	public static final Dimension MOLAR_ENERGY = ENERGY.divide(AMOUNT);
	public static final Dimension MOLAR_MASS = MASS.divide(AMOUNT);
	public static final Dimension DYNAMIC_VISCOSITY = PRESSURE.times(TIME);
	public static final Dimension JOULE_THOMSON = TEMPERATURE.divide(PRESSURE);

	private static final String[] SYMBOLS = { "m", "kg", "s", "A", "K", "mol", "cd" };

	/** @return the product dimension (exponents added) */
	public Dimension times(Dimension o) {
		return new Dimension(length + o.length, mass + o.mass, time + o.time, current + o.current,
				temperature + o.temperature, amount + o.amount, luminous + o.luminous);
	}

	/** @return the quotient dimension (exponents subtracted) */
	public Dimension divide(Dimension o) {
		return times(o.pow(-1));
	}

	/** @return this dimension raised to an integer power */
	public Dimension pow(int n) {
		return new Dimension(length * n, mass * n, time * n, current * n, temperature * n, amount * n, luminous * n);
	}

	/** @return true for a dimensionless quantity */
	public boolean isNone() {
		return equals(NONE);
	}

	private int[] exponents() {
		return new int[] { length, mass, time, current, temperature, amount, luminous };
	}

	/** @return the SI base-unit expression, e.g. "kg m-1 s-2" for a pressure, "1" when dimensionless */
	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder();
		int[] e = exponents();
		for (int i = 0; i < e.length; i++) {
			if (e[i] != 0) {
				if (!sb.isEmpty()) {
					sb.append(' ');
				}
				sb.append(SYMBOLS[i]);
				if (e[i] != 1) {
					sb.append(e[i]);
				}
			}
		}
		return sb.isEmpty() ? "1" : sb.toString();
	}
}
