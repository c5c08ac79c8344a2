package org.cryostudio.physics.fluids;

import java.util.ArrayList;
import java.util.List;

import org.cryostudio.physics.PhysicalConstants;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.model.ValidityRange;

/**
 * A fluid described by a multiparameter Helmholtz-energy equation of state ({@link HelmholtzEos})
 * with the data of its fluid file. Internally molar (mol/m3, J/mol) with the EoS's own gas
 * constant; the public API is SI mass-based.
 *
 * <p>Property relations: Span, <i>Multiparameter Equations of State</i> (Springer 2000), Table 3.4;
 * IAPWS-95 release, Table 3. Saturation: phase equilibrium (equal pressure and Gibbs energy)
 * solved by Newton's method in the two densities after Akasaka, J. Thermal Sci. Technol. 3 (2008)
 * 442, starting from the ancillary equations. Critical point: the EoS's own (dp/drho = d2p/drho2 =
 * 0), found at load time.
 */
final class HelmholtzFluid implements Fluid {

	/** Lambda-point temperature of He-4 at saturation, K (ITS-90 fixed point, Metrologia 27 (1990) 3). */
	static final double HELIUM_LAMBDA = 2.1768;

	private final Gas gas;
	final FluidData data;
	final HelmholtzEos eos;
	/** EoS gas constant, J/(mol K) */
	final double r;
	private final double tr, rhor;
	private final double tc, pc, rhoc;
	private final String model;
	private final List<ValidityRange> ranges;
	private final double normalBoiling;
	private volatile ModelResult maxInversion;

	HelmholtzFluid(Gas gas, FluidData data) {
		this.gas = gas;
		this.data = data;
		this.eos = new HelmholtzEos(data);
		this.r = data.gasConstant;
		this.tr = data.reducingTemperature;
		this.rhor = data.reducingDensity;
		double[] crit = findCriticalPoint();
		this.tc = crit[0];
		this.rhoc = crit[1];
		this.pc = pressureMolar(tc, rhoc);
		this.model = "Helmholtz EoS " + String.join(", ", data.eosKeys);
		this.ranges = List.of(new ValidityRange("T", data.minTemperature, data.maxTemperature, "K"),
				new ValidityRange("p", 0, data.maxPressure, "Pa"));
		ModelResult nbp = vapourTemperature(PhysicalConstants.STANDARD_ATMOSPHERE);
		this.normalBoiling = nbp.value();
	}

	// ------------------------------------------------------------------ constants

	@Override
	public Gas gas() {
		return gas;
	}

	@Override
	public double molarMass() {
		return data.molarMass;
	}

	/** @return critical temperature of the EoS, K */
	@Override
	public double criticalTemperature() {
		return tc;
	}

	@Override
	public double criticalPressure() {
		return pc;
	}

	/** @return critical density of the EoS, kg/m3 */
	double criticalDensity() {
		return rhoc * data.molarMass;
	}

	@Override
	public double tripleTemperature() {
		return data.tripleTemperature;
	}

	@Override
	public double triplePressure() {
		return data.triplePressureLiquid;
	}

	/**
	 * @return the temperature at which the vapour pressure is 101325 Pa, K; for CO2 (triple-point
	 *         pressure above 1 atm) the normal sublimation temperature
	 */
	@Override
	public double normalBoilingTemperature() {
		return normalBoiling;
	}

	@Override
	public String eosModel() {
		return model;
	}

	@Override
	public String eosSource() {
		return data.eosSource() + "; stated uncertainty: " + data.uncertainty;
	}

	private String source() {
		return eosSource();
	}

	@Override
	public List<ValidityRange> validityRanges() {
		return ranges;
	}

	@Override
	public ModelResult secondVirialCoefficient(double temperature) {
		List<String> w = rangeWarnings(temperature, 0);
		double b = secondVirial(temperature)[0];
		return new ModelResult(b, "m3/mol", w.isEmpty(), model + ", lim (Z-1)/rho", source(), ranges, w);
	}

	// ------------------------------------------------------------------ EoS core (molar)

	/** @return pressure, Pa, at T (K) and molar density (mol/m3) */
	double pressureMolar(double t, double rho) {
		HelmholtzEos.Residual a = eos.residual(tr / t, rho / rhor);
		return rho * r * t * (1 + rho / rhor * a.d);
	}

	@Override
	public double pressure(double temperature, double density) {
		return pressureMolar(temperature, density / data.molarMass);
	}

	/** @return (dp/drho)_T, Pa m3/mol */
	private double dpdrho(double t, HelmholtzEos.Residual a, double delta) {
		return r * t * (1 + 2 * delta * a.d + delta * delta * a.dd);
	}

	/**
	 * Second virial coefficient B(T) = lim(delta->0) alphar_delta / rho_r.
	 *
	 * @return {B in m3/mol, T dB/dT in m3/mol}
	 */
	double[] secondVirial(double t) {
		double tau = tr / t;
		HelmholtzEos.Residual a = eos.residual(tau, 1e-12);
		return new double[] { a.d / rhor, -tau * a.dt / rhor };
	}

	/** Critical point of the EoS: Newton in (T, rho) on dp/drho = 0, d2p/drho2 = 0, from the reducing state. */
	private double[] findCriticalPoint() {
		if (data.pseudoPure) {
			// a mixture's EoS has no such point; its data file gives the mixture's critical point
			return new double[] { data.criticalTemperature, data.criticalDensity };
		}
		double t = tr, rho = rhor;
		for (int i = 0; i < 50; i++) {
			double[] f = criticalConditions(t, rho);
			double ht = 1e-6 * t, hr = 1e-5 * rho;
			double[] ft = criticalConditions(t + ht, rho), fr = criticalConditions(t, rho + hr);
			double a = (ft[0] - f[0]) / ht, b = (fr[0] - f[0]) / hr;
			double c = (ft[1] - f[1]) / ht, d = (fr[1] - f[1]) / hr;
			double det = a * d - b * c;
			if (det == 0 || !Double.isFinite(det)) {
				break;
			}
			double dt = (-f[0] * d + b * f[1]) / det;
			double dr = (-a * f[1] + c * f[0]) / det;
			// a bounded step: the reducing state is within a fraction of a percent of the answer
			dt = Math.max(-0.01 * t, Math.min(0.01 * t, dt));
			dr = Math.max(-0.05 * rho, Math.min(0.05 * rho, dr));
			t += dt;
			rho += dr;
			if (Math.abs(dt) < 1e-12 * t && Math.abs(dr) < 1e-9 * rho) {
				break;
			}
		}
		if (!(Math.abs(t / tr - 1) < 0.01 && Math.abs(rho / rhor - 1) < 0.1)) {
			// no nearby solution (e.g. a pseudo-pure fluid): its data file's critical point stands
			return new double[] { data.criticalTemperature, data.criticalDensity };
		}
		return new double[] { t, rho };
	}

	/** @return {(dp/drho)/(R T), (d2p/drho2) rho_r/(R T)} (second by central differences) */
	private double[] criticalConditions(double t, double rho) {
		double h = 1e-4 * rho;
		double f0 = dpdrhoReduced(t, rho), fp = dpdrhoReduced(t, rho + h), fm = dpdrhoReduced(t, rho - h);
		return new double[] { f0, (fp - fm) / (2 * h) * rhor };
	}

	private double dpdrhoReduced(double t, double rho) {
		double delta = rho / rhor;
		HelmholtzEos.Residual a = eos.residual(tr / t, delta);
		return 1 + 2 * delta * a.d + delta * delta * a.dd;
	}

	// ------------------------------------------------------------------ saturation (phase equilibrium)

	/** A converged liquid-vapour equilibrium, molar. */
	record Saturation(double temperature, double pressure, double rhoLiquid, double rhoVapour) {
	}

	private FluidData.Ancillary ancillary(String... names) {
		for (String n : names) {
			FluidData.Ancillary a = data.ancillaries.get(n);
			if (a != null) {
				return a;
			}
		}
		return null;
	}

	/** Ancillary vapour pressure (starting values only), Pa. */
	double ancillaryPressure(double t) {
		FluidData.Ancillary a = ancillary("pS", "pV", "pL");
		return a.value(Math.min(t, a.reducingTemperature() * (1 - 1e-9)));
	}

	/**
	 * Liquid-vapour equilibrium at T (Maxwell criterion: equal pressure and Gibbs energy).
	 *
	 * @return null when T is not below the critical temperature or Newton does not converge
	 */
	Saturation saturationT(double t) {
		if (!(t < tc) || data.pseudoPure) {
			return null;
		}
		double dL, dV;
		FluidData.Ancillary al = ancillary("rhoL"), av = ancillary("rhoV");
		double theta = 1 - t / tc;
		if (al != null && av != null && t < al.reducingTemperature() * (1 - 1e-4)
				&& t < av.reducingTemperature() * (1 - 1e-4)) {
			dL = al.value(t) / rhor;
			dV = av.value(t) / rhor;
		} else {
			// near the critical point: the scaling law with beta ~ 0.35
			double w = 2.0 * Math.pow(Math.max(theta, 1e-12), 0.35);
			dL = rhoc / rhor * (1 + w);
			dV = rhoc / rhor * Math.max(1 - w, 0.05);
		}
		Saturation s = solveSaturation(t, dL, dV);
		if (s == null && theta < 2e-3) {
			// continuation towards T_c: scale a converged solution farther from the critical point
			// with the critical exponent beta ~ 0.35 and step in to the requested temperature
			double thetaRef = 2e-3;
			Saturation ref = solveSaturation(tc * (1 - thetaRef), al != null ? al.value(tc * (1 - thetaRef)) / rhor : dL,
					av != null ? av.value(tc * (1 - thetaRef)) / rhor : dV);
			while (ref != null && thetaRef > theta) {
				double next = Math.max(theta, thetaRef / 4);
				double f = Math.pow(next / thetaRef, 0.35);
				ref = solveSaturation(tc * (1 - next), (rhoc + (ref.rhoLiquid() - rhoc) * f) / rhor,
						(rhoc + (ref.rhoVapour() - rhoc) * f) / rhor);
				thetaRef = next;
			}
			s = ref;
		}
		return s;
	}

	/** Newton iteration for the equilibrium densities at T from the reduced starting densities. */
	private Saturation solveSaturation(double t, double dL, double dV) {
		double tau = tr / t;
		boolean converged = false;
		for (int it = 0; it < 100 && !converged; it++) {
			HelmholtzEos.Residual l = eos.residual(tau, dL), v = eos.residual(tau, dV);
			double jL = dL * (1 + dL * l.d), jV = dV * (1 + dV * v.d);
			double kL = dL * l.d + l.a + Math.log(dL), kV = dV * v.d + v.a + Math.log(dV);
			double jdL = 1 + 2 * dL * l.d + dL * dL * l.dd, jdV = 1 + 2 * dV * v.d + dV * dV * v.dd;
			double kdL = 2 * l.d + dL * l.dd + 1 / dL, kdV = 2 * v.d + dV * v.dd + 1 / dV;
			double det = jdV * kdL - jdL * kdV;
			double stepL = ((kV - kL) * jdV - (jV - jL) * kdV) / det;
			double stepV = ((kV - kL) * jdL - (jV - jL) * kdL) / det;
			if (!Double.isFinite(stepL) || !Double.isFinite(stepV)) {
				return null;
			}
			// keep both densities positive and on their own side
			double nL = dL + stepL, nV = dV + stepV;
			if (nV <= 0) {
				nV = 0.2 * dV;
			}
			if (nL <= nV) {
				return null;
			}
			dL = nL;
			dV = nV;
			// J is p/(rho_r R T): compare it with the vapour's, the liquid side is ill-conditioned at low T
			converged = Math.abs(stepL) <= 1e-13 * dL && Math.abs(stepV) <= 1e-12 * dV
					|| Math.abs(jV - jL) <= 1e-13 * jV && Math.abs(kV - kL) <= 1e-13;
		}
		if (!converged) {
			return null;
		}
		if (dL / dV - 1 < 1e-6) {
			return null; // the trivial solution
		}
		double rhoV = dV * rhor;
		HelmholtzEos.Residual v = eos.residual(tau, dV);
		double p = rhoV * r * t * (1 + dV * v.d);
		return new Saturation(t, p, dL * rhor, rhoV);
	}

	/** Slope of the saturation curve dp/dT (Clausius-Clapeyron from the EoS), Pa/K. */
	private double saturationSlope(Saturation s) {
		double t = s.temperature(), tau = tr / t;
		double dL = s.rhoLiquid() / rhor, dV = s.rhoVapour() / rhor;
		HelmholtzEos.Residual l = eos.residual(tau, dL), v = eos.residual(tau, dV);
		// h_V - h_L: the ideal-gas parts cancel
		double dh = r * t * (tau * (v.t - l.t) + dV * v.d - dL * l.d);
		return dh / (t * (1 / s.rhoVapour() - 1 / s.rhoLiquid()));
	}

	/**
	 * Liquid-vapour equilibrium at pressure p: Newton on ln p_sat(T) = ln p with the
	 * Clausius-Clapeyron slope, from the ancillary's temperature.
	 *
	 * @return null when p is not between the triple-point and critical pressures (or no convergence)
	 */
	Saturation saturationP(double p) {
		if (!(p < pc) || data.pseudoPure || p <= 0) {
			return null;
		}
		// starting value: invert the ancillary by bisection (cheap, monotonic)
		double lo = data.tripleTemperature * 0.5, hi = tc;
		for (int i = 0; i < 60; i++) {
			double mid = 0.5 * (lo + hi);
			if (ancillaryPressure(mid) < p) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		double t = Math.min(0.5 * (lo + hi), tc * (1 - 1e-7));
		Saturation s = null;
		for (int it = 0; it < 50; it++) {
			s = saturationT(t);
			if (s == null) {
				return null;
			}
			double slope = saturationSlope(s);
			double step = Math.log(p / s.pressure()) * s.pressure() / slope;
			double nt = t + step;
			if (nt >= tc) {
				nt = 0.5 * (t + tc);
			}
			if (nt <= 0) {
				nt = 0.5 * t;
			}
			t = nt;
			if (Math.abs(step) < 1e-12 * t) {
				return saturationT(t);
			}
		}
		return s;
	}

	// ------------------------------------------------------------------ density from (T, p)

	private static final int ANY = 0, LIQUID = 1, VAPOUR = -1;

	/**
	 * Molar density at (T, p) on the requested branch, by a Newton iteration safeguarded by
	 * bisection inside a bracket where p(rho) is monotonic.
	 *
	 * @return mol/m3, or NaN when there is no solution
	 */
	double densityMolar(double t, double p, int phase) {
		double tau = tr / t;
		double lo, hi, guess;
		double ideal = p / (r * t);
		if (t >= tc) {
			lo = 0;
			// dense supercritical states lie below about 3 rho_r; beyond it some EoS turn over
			hi = Math.max(rhoc, Math.min(2 * ideal, 3 * rhor));
			guess = Math.min(ideal, hi * 0.5);
		} else if (data.pseudoPure) {
			// a mixture: liquid above the bubble pressure, vapour below the dew pressure
			FluidData.Ancillary al = ancillary("rhoL"), av = ancillary("rhoV");
			int branch = phase;
			if (branch == ANY) {
				double pb = ancillary("pL").value(t), pd = ancillary("pV").value(t);
				branch = p >= pb ? LIQUID : p <= pd ? VAPOUR : p - pd < pb - p ? VAPOUR : LIQUID;
			}
			if (branch == LIQUID) {
				lo = al.value(Math.min(t, al.reducingTemperature() * (1 - 1e-9))) * 0.99;
				hi = lo * 1.05;
				guess = lo * 1.005;
			} else {
				lo = 0;
				hi = av.value(Math.min(t, av.reducingTemperature() * (1 - 1e-9)));
				guess = Math.min(ideal, 0.5 * hi);
			}
		} else {
			int branch = phase;
			Saturation sat = null;
			double pAnc = ancillaryPressure(t);
			if (branch == ANY) {
				if (p < 0.98 * pAnc) {
					branch = VAPOUR;
				} else if (p > 1.02 * pAnc) {
					branch = LIQUID;
				} else {
					sat = saturationT(t);
					branch = sat == null || p >= sat.pressure() ? LIQUID : VAPOUR;
				}
			}
			if (branch == VAPOUR) {
				lo = 0;
				FluidData.Ancillary av = ancillary("rhoV");
				hi = av != null && t < av.reducingTemperature() * 0.999 && p < 0.98 * pAnc ? av.value(t) * 1.02 : Double.NaN;
				if (Double.isNaN(hi) || pressureMolar(t, hi) < p) {
					sat = sat != null ? sat : saturationT(t);
					hi = sat != null ? sat.rhoVapour() : rhoc;
				}
				guess = Math.min(ideal, 0.5 * hi);
			} else {
				FluidData.Ancillary al = ancillary("rhoL");
				lo = al != null && t < al.reducingTemperature() * 0.999 ? al.value(t) * 0.995 : Double.NaN;
				if (Double.isNaN(lo) || pressureMolar(t, lo) > p || dpdrhoReduced(t, lo) <= 0) {
					sat = sat != null ? sat : saturationT(t);
					lo = sat != null ? sat.rhoLiquid() : rhoc;
				}
				hi = lo * 1.05;
				guess = lo;
			}
		}
		// widen hi until p(hi) > p (liquid or dense supercritical states)
		int grow = 0;
		while (pressureMolar(t, hi) < p) {
			lo = Math.max(lo, hi);
			hi *= 1.3;
			if (++grow > 60 || hi / rhor > 6) {
				return Double.NaN;
			}
		}
		if (!(guess > lo && guess < hi)) {
			guess = lo > 0 ? 0.5 * (lo + hi) : Math.min(ideal, 0.5 * hi);
		}
		double x = guess;
		for (int it = 0; it < 200; it++) {
			double delta = x / rhor;
			HelmholtzEos.Residual a = eos.residual(tau, delta);
			double f = x * r * t * (1 + delta * a.d) - p;
			if (Math.abs(f) <= 1e-14 * p) {
				return x;
			}
			if (f < 0) {
				lo = x;
			} else {
				hi = x;
			}
			double d = dpdrho(t, a, delta);
			double nx = x - f / d;
			if (!(d > 0) || !(nx > lo && nx < hi)) {
				nx = lo > 0 ? 0.5 * (lo + hi) : 0.5 * hi;
			}
			if (Math.abs(nx - x) <= 1e-14 * x) {
				return nx;
			}
			x = nx;
		}
		return x;
	}

	// ------------------------------------------------------------------ states

	/** Validity warnings for (T, p), empty when inside the EoS range. */
	List<String> rangeWarnings(double t, double p) {
		List<String> w = new ArrayList<>();
		if (gas == Gas.HE && t < HELIUM_LAMBDA) {
			w.add(String.format("T = %s K is below the He-4 lambda point (2.1768 K): superfluid He II is outside "
					+ "every equation of state here", fmt(t)));
		} else if (t < data.minTemperature) {
			w.add(String.format("T = %s K is below the %s EoS range (T >= %s K, the triple point): the fluid is solid there",
					fmt(t), gas.symbol(), fmt(data.minTemperature)));
		}
		double tm = t - data.meltingShift;
		for (FluidData.MeltingPart m : data.melting) {
			if (tm >= m.minTemperature() && tm <= m.maxTemperature()) {
				double pm = m.pressure(tm);
				if (p > pm) {
					w.add(String.format("p = %s Pa is above the melting pressure of %s at %s K (%s Pa): the fluid is solid there",
							fmt(p), gas.symbol(), fmt(t), fmt(pm)));
				}
				break;
			}
		}
		if (t > data.maxTemperature) {
			w.add(String.format("T = %s K is above the %s EoS range (T <= %s K)", fmt(t), gas.symbol(),
					fmt(data.maxTemperature)));
		}
		if (p > data.maxPressure) {
			w.add(String.format("p = %s Pa is above the %s EoS range (p <= %s Pa)", fmt(p), gas.symbol(),
					fmt(data.maxPressure)));
		}
		return w;
	}

	static String fmt(double v) {
		return String.format(java.util.Locale.ROOT, "%.6g", v);
	}

	@Override
	public FluidState stateTRho(double t, double density) {
		double rho = density / data.molarMass;
		double p = pressureMolar(t, rho);
		List<String> w = rangeWarnings(t, p);
		return single(t, rho, w);
	}

	/** Single-phase state from T and molar density, with the given warnings (valid when none). */
	private FluidState single(double t, double rho, List<String> warnings) {
		double tau = tr / t, delta = rho / rhor;
		HelmholtzEos.Ideal i = eos.ideal(tau, delta);
		HelmholtzEos.Residual a = eos.residual(tau, delta);
		double m = data.molarMass;
		double rt = r * t;
		double p = rho * rt * (1 + delta * a.d);
		double u = rt * tau * (i.t + a.t);
		double h = u + rt * (1 + delta * a.d);
		double s = r * (tau * (i.t + a.t) - i.a - a.a);
		double cv = -r * tau * tau * (i.tt + a.tt);
		double num = 1 + delta * a.d - delta * tau * a.dt;
		double den = 1 + 2 * delta * a.d + delta * delta * a.dd;
		double cp = cv + r * num * num / den;
		double w2 = rt / m * (den - num * num / (tau * tau * (i.tt + a.tt)));
		double mu = -(delta * a.d + delta * delta * a.dd + delta * tau * a.dt)
				/ (num * num - tau * tau * (i.tt + a.tt) * den) / (rho * r);
		FluidState.Phase phase;
		if (t >= tc) {
			phase = p >= pc ? FluidState.Phase.SUPERCRITICAL : FluidState.Phase.GAS;
		} else {
			phase = p >= pc || rho > rhoc ? FluidState.Phase.LIQUID : FluidState.Phase.GAS;
		}
		List<String> warn = new ArrayList<>(warnings);
		double[] values = { p, rho, h, s, u, cp, cv, w2, mu };
		for (double v : values) {
			if (!Double.isFinite(v)) {
				warn.add("the equation of state gave no finite answer here");
				return failed(t, p, warn);
			}
		}
		if (den <= 0) {
			warn.add("mechanically unstable state (dp/drho < 0) inside the two-phase region");
		}
		return new FluidState(t, p, rho * m, h / m, s / m, u / m, cp / m, cv / m, Math.sqrt(Math.max(w2, 0)),
				1 + delta * a.d, mu, phase, -1, warn.isEmpty(), warn);
	}

	/** A state with no answer: zeros, invalid, with the reason. */
	private static FluidState failed(double t, double p, List<String> warnings) {
		double tt = Double.isFinite(t) ? t : 0, pp = Double.isFinite(p) ? p : 0;
		return new FluidState(tt, pp, 0, 0, 0, 0, 0, 0, 0, 0, 0, FluidState.Phase.GAS, -1, false, warnings);
	}

	/** Two-phase mixture at saturation s with vapour mass fraction x. */
	private FluidState twoPhase(Saturation s, double x, List<String> warnings) {
		FluidState l = single(s.temperature(), s.rhoLiquid(), List.of());
		FluidState v = single(s.temperature(), s.rhoVapour(), List.of());
		double vol = x / v.density() + (1 - x) / l.density();
		double h = l.enthalpy() + x * (v.enthalpy() - l.enthalpy());
		double sm = l.entropy() + x * (v.entropy() - l.entropy());
		double u = l.internalEnergy() + x * (v.internalEnergy() - l.internalEnergy());
		double rho = 1 / vol;
		double z = s.pressure() / (rho / data.molarMass * r * s.temperature());
		// inside the dome T follows p: the isenthalpic slope is the saturation curve's dT/dp
		double mu = 1 / saturationSlope(s);
		return new FluidState(s.temperature(), s.pressure(), rho, h, sm, u, 0, 0, 0, z, mu, FluidState.Phase.TWO_PHASE,
				x, warnings.isEmpty(), warnings);
	}

	@Override
	public FluidState stateTP(double temperature, double pressure) {
		List<String> w = rangeWarnings(temperature, pressure);
		if (!(temperature > 0) || !(pressure > 0)) {
			w.add("T and p must be positive");
			return failed(temperature, pressure, w);
		}
		if (data.pseudoPure && temperature < tc) {
			FluidData.Ancillary bubble = ancillary("pL"), dew = ancillary("pV");
			double pb = bubble.value(temperature), pd = dew.value(temperature);
			if (pressure < pb && pressure > pd) {
				w.add(String.format("between the dew (%s Pa) and bubble (%s Pa) pressures of the pseudo-pure mixture: "
						+ "two-phase, not modelled", fmt(pd), fmt(pb)));
				return failed(temperature, pressure, w);
			}
			double rho = densityMolar(temperature, pressure, pressure >= pb ? LIQUID : VAPOUR);
			return Double.isNaN(rho) ? failed(temperature, pressure, noSolution(w)) : single(temperature, rho, w);
		}
		double rho = densityMolar(temperature, pressure, ANY);
		if (Double.isNaN(rho)) {
			return failed(temperature, pressure, noSolution(w));
		}
		return single(temperature, rho, w);
	}

	private static List<String> noSolution(List<String> w) {
		w.add("no density solves the equation of state at these T and p");
		return w;
	}

	@Override
	public FluidState saturatedLiquid(double temperature) {
		return saturated(temperature, true);
	}

	@Override
	public FluidState saturatedVapour(double temperature) {
		return saturated(temperature, false);
	}

	private FluidState saturated(double t, boolean liquid) {
		List<String> w = new ArrayList<>();
		if (data.pseudoPure) {
			w.add(gas.symbol() + " is a pseudo-pure mixture: no phase equilibrium in its EoS (dew and bubble "
					+ "points differ)");
			return failed(t, 0, w);
		}
		if (!(t < tc)) {
			w.add(String.format("T = %s K is not below the critical temperature %s K: no saturation", fmt(t), fmt(tc)));
			return failed(t, 0, w);
		}
		Saturation s = saturationT(t);
		if (s == null) {
			w.add("the phase-equilibrium solution did not converge at T = " + fmt(t) + " K");
			return failed(t, 0, w);
		}
		w.addAll(rangeWarnings(t, s.pressure()));
		FluidState st = single(t, liquid ? s.rhoLiquid() : s.rhoVapour(), w);
		return new FluidState(st.temperature(), s.pressure(), st.density(), st.enthalpy(), st.entropy(),
				st.internalEnergy(), st.cp(), st.cv(), st.speedOfSound(), st.compressibility(), st.jouleThomson(),
				liquid ? FluidState.Phase.LIQUID : FluidState.Phase.GAS, liquid ? 0 : 1, st.valid(), st.warnings());
	}

	// ------------------------------------------------------------------ flashes

	@Override
	public FluidState statePH(double pressure, double enthalpy) {
		return flash(pressure, enthalpy, true);
	}

	@Override
	public FluidState statePS(double pressure, double entropy) {
		return flash(pressure, entropy, false);
	}

	/** (p,h) or (p,s) flash: saturation check, then a safeguarded Newton iteration in T. */
	private FluidState flash(double p, double target, boolean byEnthalpy) {
		List<String> w = new ArrayList<>();
		if (!(p > 0)) {
			w.add("p must be positive");
			return failed(0, p, w);
		}
		double tLo = data.minTemperature * 0.9, tHi = data.maxTemperature * 1.5;
		int phase = ANY;
		if (p < pc && !data.pseudoPure && p > data.triplePressureVapour * 0.5) {
			Saturation s = saturationP(p);
			if (s != null) {
				FluidState l = single(s.temperature(), s.rhoLiquid(), List.of());
				FluidState v = single(s.temperature(), s.rhoVapour(), List.of());
				double yl = byEnthalpy ? l.enthalpy() : l.entropy(), yv = byEnthalpy ? v.enthalpy() : v.entropy();
				if (target >= yl && target <= yv) {
					w.addAll(rangeWarnings(s.temperature(), p));
					return twoPhase(s, (target - yl) / (yv - yl), w);
				}
				if (target < yl) {
					tHi = s.temperature();
					phase = LIQUID;
				} else {
					tLo = s.temperature();
					phase = VAPOUR;
				}
			}
		}
		// bracket and Newton in T; (dh/dT)_p = cp, (ds/dT)_p = cp/T
		double t = phase == LIQUID ? tHi * 0.98 : phase == VAPOUR ? Math.max(tLo * 1.05, tLo + 1) : 0.5 * (tLo + tHi);
		t = Math.min(Math.max(t, tLo), tHi);
		FluidState st = null;
		for (int it = 0; it < 200; it++) {
			double rho = densityMolar(t, p, phase);
			if (Double.isNaN(rho)) {
				tLo = t; // no liquid root below: move up
				t = 0.5 * (tLo + tHi);
				continue;
			}
			st = single(t, rho, List.of());
			double y = byEnthalpy ? st.enthalpy() : st.entropy();
			double dy = byEnthalpy ? st.cp() : st.cp() / t;
			double f = y - target;
			// h and s are O(1e5) and O(1e3) in SI, so an absolute floor keeps reference-state zeros harmless
			if (Math.abs(f) <= 1e-12 * Math.max(Math.abs(target), byEnthalpy ? 1e3 : 10)) {
				w.addAll(rangeWarnings(t, p));
				return single(t, rho, w);
			}
			if (f < 0) {
				tLo = t;
			} else {
				tHi = t;
			}
			double nt = t - f / dy;
			if (!(dy > 0) || !(nt > tLo && nt < tHi)) {
				nt = 0.5 * (tLo + tHi);
			}
			if (Math.abs(nt - t) < 1e-12 * t) {
				t = nt;
				rho = densityMolar(t, p, phase);
				w.addAll(rangeWarnings(t, p));
				return Double.isNaN(rho) ? failed(t, p, noSolution(w)) : single(t, rho, w);
			}
			t = nt;
		}
		w.add("the " + (byEnthalpy ? "(p,h)" : "(p,s)") + " flash did not converge (state outside the EoS range?)");
		if (st != null) {
			w.addAll(rangeWarnings(st.temperature(), p));
			return new FluidState(st.temperature(), st.pressure(), st.density(), st.enthalpy(), st.entropy(),
					st.internalEnergy(), st.cp(), st.cv(), st.speedOfSound(), st.compressibility(), st.jouleThomson(),
					st.phase(), -1, false, w);
		}
		return failed(0, p, w);
	}

	// ------------------------------------------------------------------ vapour pressure

	@Override
	public ModelResult vapourPressure(double temperature) {
		List<ValidityRange> satRange = List.of(new ValidityRange("T", data.tripleTemperature, tc, "K"));
		if (!(temperature > 0)) {
			return ModelResult.invalid("Pa", model, source(), satRange, "T must be positive");
		}
		VapourPressureCurve curve = VapourPressureCurve.nearest(gas, temperature);
		// sublimation curves serve below the triple point; the ITS-90 equations define T90 wherever they apply
		if (curve != null && curve.contains(temperature)
				&& (temperature <= data.tripleTemperature || curve.kind.equals("its90"))) {
			return curveResult(curve, curve.pressure(temperature), temperature, "T", "K");
		}
		if (temperature >= data.tripleTemperature && temperature < tc && !data.pseudoPure) {
			Saturation s = saturationT(temperature);
			if (s != null) {
				return ModelResult.of(s.pressure(), "Pa", model + " (phase equilibrium)", source(), satRange);
			}
			return ModelResult.invalid("Pa", model, source(), satRange,
					"the phase-equilibrium solution did not converge at T = " + fmt(temperature) + " K");
		}
		if (data.pseudoPure && temperature >= data.tripleTemperature && temperature < tc) {
			FluidData.Ancillary dew = ancillary("pV");
			return new ModelResult(dew.value(temperature), "Pa", false, "dew-point ancillary equation", source(),
					List.of(new ValidityRange("T", dew.minTemperature(), dew.maxTemperature(), "K")),
					List.of(gas.symbol() + " is a pseudo-pure mixture: dew-point pressure from an ancillary equation "
							+ "(max. error " + fmt(dew.maxErrorPercent()) + " %); bubble and dew points differ"));
		}
		if (temperature >= tc) {
			return ModelResult.invalid("Pa", model, source(), satRange, String.format(
					"T = %s K is at or above the critical temperature (%s K): no vapour pressure", fmt(temperature), fmt(tc)));
		}
		if (curve == null) {
			return ModelResult.invalid("Pa", "none", "", satRange, String.format(
					"no sublimation-pressure correlation for %s below its triple point (%s K)", gas.symbol(),
					fmt(data.tripleTemperature)));
		}
		return curveResult(curve, curve.pressure(temperature), temperature, "T", "K");
	}

	/** Wraps a correlation's answer, flagging estimates and extrapolations. */
	static ModelResult curveResult(VapourPressureCurve curve, double value, double temperature, String q, String unit) {
		List<ValidityRange> range = List.of(new ValidityRange("T", curve.minTemperature, curve.maxTemperature, "K"));
		List<String> warnings = new ArrayList<>();
		if (!curve.published) {
			warnings.add("no published correlation for " + curve.gas.symbol() + " here: " + curve.model
					+ "; uncertainty " + curve.uncertainty);
		}
		if (!curve.contains(temperature)) {
			warnings.add(String.format("T = %s K is outside the range of %s (%s-%s K): extrapolated", fmt(temperature),
					curve.model, fmt(curve.minTemperature), fmt(curve.maxTemperature)));
		}
		String source = curve.source + "; uncertainty " + curve.uncertainty;
		if (!Double.isFinite(value)) {
			warnings.add("the correlation gives no finite value here");
			return new ModelResult(0, unit, false, curve.model, source, range, warnings);
		}
		return new ModelResult(value, unit, warnings.isEmpty(), curve.model, source, range, warnings);
	}

	@Override
	public ModelResult vapourTemperature(double pressure) {
		List<ValidityRange> satRange = List.of(new ValidityRange("p", data.triplePressureLiquid, pc, "Pa"));
		if (!(pressure > 0)) {
			return ModelResult.invalid("K", model, source(), satRange, "p must be positive");
		}
		// the ITS-90 equations define T90 over their whole range and take precedence over the EoS
		for (VapourPressureCurve c : VapourPressureCurve.of(gas)) {
			if (c.kind.equals("its90") && pressure >= c.pressure(c.minTemperature)
					&& pressure <= c.pressure(c.maxTemperature)) {
				double t = c.temperature(pressure);
				return curveResult(c, t, t, "p", "K");
			}
		}
		if (data.pseudoPure) {
			FluidData.Ancillary dew = ancillary("pV");
			if (pressure < dew.value(dew.minTemperature())) {
				return ModelResult.invalid("K", "none", "", satRange, String.format(
						"p = %s Pa is below the dew pressure of %s at its lowest temperature (%s K): no sublimation "
								+ "correlation for the mixture", fmt(pressure), gas.symbol(), fmt(dew.minTemperature())));
			}
			if (pressure < pc) {
				double lo = dew.minTemperature(), hi = dew.maxTemperature();
				for (int i = 0; i < 80; i++) {
					double mid = 0.5 * (lo + hi);
					if (dew.value(mid) < pressure) {
						lo = mid;
					} else {
						hi = mid;
					}
				}
				double t = 0.5 * (lo + hi);
				return new ModelResult(t, "K", false, "dew-point ancillary equation", source(),
						List.of(new ValidityRange("T", dew.minTemperature(), dew.maxTemperature(), "K")),
						List.of(gas.symbol() + " is a pseudo-pure mixture: dew-point temperature from an ancillary "
								+ "equation; bubble and dew points differ"));
			}
		}
		if (pressure >= data.triplePressureLiquid && pressure < pc && !data.pseudoPure) {
			Saturation s = saturationP(pressure);
			if (s != null) {
				return ModelResult.of(s.temperature(), "K", model + " (phase equilibrium)", source(), satRange);
			}
			return ModelResult.invalid("K", model, source(), satRange,
					"the phase-equilibrium solution did not converge at p = " + fmt(pressure) + " Pa");
		}
		if (pressure >= pc) {
			return ModelResult.invalid("K", model, source(), satRange, String.format(
					"p = %s Pa is at or above the critical pressure (%s Pa): no saturation temperature", fmt(pressure),
					fmt(pc)));
		}
		VapourPressureCurve curve = VapourPressureCurve.nearestByPressure(gas, pressure);
		if (curve == null) {
			return ModelResult.invalid("K", "none", "", satRange, String.format(
					"no sublimation-pressure correlation for %s below its triple point (%s Pa)", gas.symbol(),
					fmt(data.triplePressureLiquid)));
		}
		double t = curve.temperature(pressure);
		return curveResult(curve, t, t, "p", "K");
	}

	// ------------------------------------------------------------------ Joule-Thomson inversion

	@Override
	public ModelResult maxInversionTemperature() {
		ModelResult m = maxInversion;
		if (m == null) {
			m = computeMaxInversion();
			maxInversion = m;
		}
		return m;
	}

	/** Zero of T dB/dT - B (the low-pressure end of the inversion curve), bracketed on a log grid. */
	private ModelResult computeMaxInversion() {
		String name = model + ", zero of T dB/dT - B";
		double prevT = tc, prev = inversionFunction(tc);
		for (double t = tc * 1.05; t < 40 * tc; t *= 1.05) {
			double f = inversionFunction(t);
			if (prev > 0 && f <= 0 || prev < 0 && f >= 0) {
				double root = bisect(this::inversionFunction, prevT, t);
				List<String> w = rangeWarnings(root, 0);
				return new ModelResult(root, "K", w.isEmpty(), name, source(), ranges, w);
			}
			prevT = t;
			prev = f;
		}
		return ModelResult.invalid("K", name, source(), ranges, "no zero of T dB/dT - B found between T_c and 40 T_c");
	}

	private double inversionFunction(double t) {
		double[] b = secondVirial(t);
		return b[1] - b[0];
	}

	private static double bisect(java.util.function.DoubleUnaryOperator f, double a, double b) {
		double fa = f.applyAsDouble(a);
		for (int i = 0; i < 200 && b - a > 1e-12 * b; i++) {
			double m = 0.5 * (a + b), fm = f.applyAsDouble(m);
			if (fa > 0 == fm > 0) {
				a = m;
				fa = fm;
			} else {
				b = m;
			}
		}
		return 0.5 * (a + b);
	}

	@Override
	public ModelResult inversionTemperature(double pressure) {
		String name = model + ", mu_JT = 0 (upper branch)";
		ModelResult max = maxInversionTemperature();
		if (!(pressure > 0)) {
			return ModelResult.invalid("K", name, source(), ranges, "p must be positive");
		}
		// from the maximum inversion temperature down: the first sign change of mu_JT is the upper branch
		double hiT = max.value() * 1.02;
		double fHi = muJT(hiT, pressure);
		if (!(fHi < 0)) {
			return ModelResult.invalid("K", name, source(), ranges,
					"mu_JT is not negative above the maximum inversion temperature at this pressure");
		}
		for (double t = hiT / 1.02; t > tc * 0.7; t /= 1.02) {
			double f = muJT(t, pressure);
			if (f > 0) {
				double root = bisect(x -> muJT(x, pressure), t, hiT);
				List<String> w = rangeWarnings(root, pressure);
				w.addAll(max.warnings().stream().filter(s -> !w.contains(s)).toList());
				return new ModelResult(root, "K", w.isEmpty(), name, source(), ranges, w);
			}
			hiT = t;
		}
		return ModelResult.invalid("K", name, source(), ranges, String.format(
				"p = %s Pa lies above the inversion curve: a throttled stream warms at every temperature", fmt(pressure)));
	}

	/** mu_JT at (T, p) on the single-phase branch, K/Pa (0 when no state exists). */
	private double muJT(double t, double p) {
		double rho = densityMolar(t, p, ANY);
		if (Double.isNaN(rho)) {
			return 0;
		}
		return single(t, rho, List.of()).jouleThomson();
	}
}
