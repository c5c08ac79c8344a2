package org.cryostudio.physics.thermal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.model.ValidityRange;

/**
 * A structural material with temperature-dependent properties from a data file (one
 * {@code materials/NAME.properties} per material, with coefficients, equation ranges, stated fit
 * errors and sources): thermal conductivity k(T), specific heat c_p(T), Young's modulus E(T), and
 * density and Poisson's ratio (constants). Obtained from {@link Materials#of(String)}.
 *
 * <p>Units: T in K; k in W/(m K); conductivity integrals in W/m; c_p in J/(kg K); enthalpy changes
 * in J/kg; E in Pa; density in kg/m3. Outside a fit's equation range a value is still computed from
 * the fit but the {@link ModelResult} is marked invalid: NIST fits can diverge there (Ti-6Al-4V
 * below 20 K, polyimide below 4 K).
 */
public final class Material {

	private final String name;
	private final List<String> aliases;
	private final String description;
	private final double density;
	private final PropertyFit conductivity;
	private final PropertyFit heatCapacity;
	private final PropertyFit youngsModulus;
	private final double poissonRatio;
	private final String poissonSource;
	private volatile CumulativeIntegral conductivityIntegral;
	private volatile CumulativeIntegral heatCapacityIntegral;

	Material(Properties p) {
		name = required(p, "name");
		aliases = split(p.getProperty("aliases", ""));
		description = p.getProperty("description", name);
		density = Double.parseDouble(required(p, "density"));
		conductivity = fit(p, "k");
		heatCapacity = fit(p, "cp");
		youngsModulus = fit(p, "E");
		poissonRatio = Double.parseDouble(required(p, "poisson"));
		poissonSource = p.getProperty("poisson.source", "");
	}

	public String name() {
		return name;
	}

	public List<String> aliases() {
		return aliases;
	}

	public String description() {
		return description;
	}

	/** @return kg/m3 (room temperature) */
	public double density() {
		return density;
	}

	/** @return Poisson's ratio (room temperature; weakly temperature dependent) */
	public double poissonRatio() {
		return poissonRatio;
	}

	/** @return where the Poisson ratio comes from */
	public String poissonSource() {
		return poissonSource;
	}

	/** @return true when a conductivity fit exists */
	public boolean hasConductivity() {
		return conductivity != null;
	}

	/** @return true when a specific-heat fit exists */
	public boolean hasHeatCapacity() {
		return heatCapacity != null;
	}

	/** @return the equation range of the conductivity fit */
	public ValidityRange conductivityRange() {
		return range(require(conductivity, "thermal conductivity"));
	}

	/** @return k(T), W/(m K), without validity bookkeeping (check {@link #conductivityRange()} once) */
	public double conductivityValue(double temperature) {
		return require(conductivity, "thermal conductivity").value(temperature);
	}

	/** @return k(T) with validity */
	public ModelResult conductivity(double temperature) {
		PropertyFit fit = require(conductivity, "thermal conductivity");
		return checked(fit.value(temperature), "W/(m K)", "thermal conductivity", fit, temperature);
	}

	/**
	 * Thermal-conductivity integral from T1 to T2 (hot path: two table look-ups when both
	 * temperatures lie in the fit's range).
	 *
	 * @return integral of k dT, W/m (negative when T2 &lt; T1)
	 */
	public double conductivityIntegralValue(double t1, double t2) {
		PropertyFit fit = require(conductivity, "thermal conductivity");
		if (inside(fit, t1) && inside(fit, t2)) {
			return conductivityTable().between(t1, t2);
		}
		return CumulativeIntegral.direct(fit::value, t1, t2);
	}

	/** @return the conductivity integral with validity (invalid when either end leaves the fit's range) */
	public ModelResult conductivityIntegral(double t1, double t2) {
		PropertyFit fit = require(conductivity, "thermal conductivity");
		ModelResult r = ModelResult.of(conductivityIntegralValue(t1, t2), "W/m", name + " conductivity integral",
				fit.source(), List.of(range(fit)));
		for (double t : new double[] { t1, t2 }) {
			if (!inside(fit, t)) {
				r = r.withWarning(String.format(Locale.ROOT, "T = %g K outside the %s conductivity fit range [%g, %g] K", t,
						name, fit.min(), fit.max()));
			}
		}
		return r;
	}

	/** @return c_p(T) with validity, J/(kg K); invalid with value 0 when no fit exists */
	public ModelResult heatCapacity(double temperature) {
		if (heatCapacity == null) {
			return ModelResult.invalid("J/(kg K)", name + " specific heat", "none", List.of(),
					"no cited specific-heat fit for " + name);
		}
		return checked(heatCapacity.value(temperature), "J/(kg K)", "specific heat", heatCapacity, temperature);
	}

	/** @return c_p(T), J/(kg K), for hot paths */
	public double heatCapacityValue(double temperature) {
		return require(heatCapacity, "specific heat").value(temperature);
	}

	/**
	 * Enthalpy change per unit mass between two temperatures (the heat to remove for a cooldown from
	 * T1 to T2 is -result when T2 &lt; T1).
	 *
	 * @return integral of c_p dT from T1 to T2, J/kg
	 */
	public ModelResult enthalpyChange(double t1, double t2) {
		if (heatCapacity == null) {
			return ModelResult.invalid("J/kg", name + " enthalpy change", "none", List.of(),
					"no cited specific-heat fit for " + name);
		}
		double value;
		if (inside(heatCapacity, t1) && inside(heatCapacity, t2)) {
			value = heatCapacityTable().between(t1, t2);
		} else {
			value = CumulativeIntegral.direct(heatCapacity::value, t1, t2);
		}
		ModelResult r = ModelResult.of(value, "J/kg", name + " specific-heat integral", heatCapacity.source(),
				List.of(range(heatCapacity)));
		for (double t : new double[] { t1, t2 }) {
			if (!inside(heatCapacity, t)) {
				r = r.withWarning(String.format(Locale.ROOT, "T = %g K outside the %s specific-heat fit range [%g, %g] K", t,
						name, heatCapacity.min(), heatCapacity.max()));
			}
		}
		return r;
	}

	/** @return Young's modulus E(T), Pa, with validity */
	public ModelResult youngsModulus(double temperature) {
		PropertyFit fit = require(youngsModulus, "Young's modulus");
		return checked(fit.value(temperature) * 1e9, "Pa", "Young's modulus", fit, temperature);
	}

	private ModelResult checked(double value, String unit, String property, PropertyFit fit, double temperature) {
		ModelResult r = ModelResult.of(value, unit, name + " " + property + " (fit error " + fit.error() + ")",
				fit.source(), List.of(range(fit)));
		if (!inside(fit, temperature)) {
			r = r.withWarning(String.format(Locale.ROOT, "T = %g K outside the %s %s fit range [%g, %g] K", temperature, name,
					property, fit.min(), fit.max()));
		}
		return r;
	}

	private CumulativeIntegral conductivityTable() {
		CumulativeIntegral table = conductivityIntegral;
		if (table == null) {
			table = new CumulativeIntegral(conductivity::value, conductivity.min(), conductivity.max());
			conductivityIntegral = table;
		}
		return table;
	}

	private CumulativeIntegral heatCapacityTable() {
		CumulativeIntegral table = heatCapacityIntegral;
		if (table == null) {
			table = new CumulativeIntegral(heatCapacity::value, heatCapacity.min(), heatCapacity.max());
			heatCapacityIntegral = table;
		}
		return table;
	}

	private static boolean inside(PropertyFit fit, double t) {
		return t >= fit.min() && t <= fit.max();
	}

	private static ValidityRange range(PropertyFit fit) {
		return new ValidityRange("T", fit.min(), fit.max(), "K");
	}

	private PropertyFit require(PropertyFit fit, String what) {
		if (fit == null) {
			throw new IllegalStateException("no cited " + what + " data for " + name);
		}
		return fit;
	}

	private static PropertyFit fit(Properties p, String key) {
		String form = p.getProperty(key + ".form");
		if (form == null) {
			return null;
		}
		PropertyFit.Form f = PropertyFit.Form.valueOf(form.strip().toUpperCase(Locale.ROOT));
		String source = p.getProperty(key + ".source", "");
		String error = p.getProperty(key + ".error", "not stated");
		if (f == PropertyFit.Form.CONSTANT) {
			double[] bounds = numbers(required(p, key + ".range"));
			return new PropertyFit(f, bounds, new double[][] { { Double.parseDouble(required(p, key + ".value")) } },
					source, error);
		}
		String segments = p.getProperty(key + ".segments");
		if (segments == null) {
			double[] bounds = numbers(required(p, key + ".range"));
			return new PropertyFit(f, bounds, new double[][] { numbers(required(p, key + ".coefficients")) }, source,
					error);
		}
		String[] parts = segments.split(";");
		double[] bounds = new double[parts.length + 1];
		double[][] coefficients = new double[parts.length][];
		for (int s = 0; s < parts.length; s++) {
			double[] b = numbers(parts[s]);
			bounds[s] = b[0];
			bounds[s + 1] = b[1];
			coefficients[s] = numbers(required(p, key + ".coefficients." + s));
		}
		return new PropertyFit(f, bounds, coefficients, source, error);
	}

	private static String required(Properties p, String key) {
		String v = p.getProperty(key);
		if (v == null || v.isBlank()) {
			throw new IllegalStateException("material data lacks " + key + ": " + p.getProperty("name"));
		}
		return v.strip();
	}

	private static double[] numbers(String text) {
		List<String> parts = split(text);
		double[] out = new double[parts.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = Double.parseDouble(parts.get(i));
		}
		return out;
	}

	private static List<String> split(String text) {
		List<String> out = new ArrayList<>();
		for (String s : text.split(",")) {
			if (!s.isBlank()) {
				out.add(s.strip());
			}
		}
		return List.copyOf(out);
	}

	@Override
	public String toString() {
		return name;
	}
}
