package org.cryostudio.analysis.vacuum;

import java.util.Map;
import java.util.OptionalDouble;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.pumps.CapturePump;
import org.cryostudio.physics.pumps.Cryocondensation;
import org.cryostudio.physics.pumps.GetterPump;
import org.cryostudio.physics.vacuum.SeriesTransmission;

/**
 * A cryopump: a cold panel of area A at T_panel behind an optional inlet baffle of transmission
 * W_b, optionally coated with a sorbent (charcoal). Per gas, the speed at the inlet is either the
 * catalogue value (net speed of the pump as sold, {@code speeds}) or the capture speed of the
 * panel S = c_eff A v/4 ({@link CapturePump}) with capture coefficient c combined with the baffle
 * by Oatley's rule ({@link SeriesTransmission#equalArea}). Pressure floor: the vapour-pressure
 * floor p_s(T_panel) sqrt(T_gas/T_panel) ({@link Cryocondensation#pressureFloor}: below it no
 * condensate builds and the panel does not pump that gas); a sorbent-coated panel pumps by
 * cryosorption instead, whose equilibrium pressure at the loadings below capacity is far below
 * the working pressures, so its floor is taken as 0 (the physics library has no isotherm for He
 * or D2 on charcoal to do better). Capacity per gas with Langmuir-type saturation
 * S = S0 (1 - N/N_max) ({@link GetterPump}), so that a filling panel loses speed and the
 * regeneration interval follows.
 *
 * @param panelTemperature   K
 * @param panelArea          m2 (0 when only catalogue speeds are known)
 * @param baffleTransmission W of the inlet baffle (1: none)
 * @param capture            capture coefficient per gas
 * @param defaultCapture     for gases neither in {@code capture} nor in {@code speeds}
 * @param capacities         capacity per gas, Pa m3 (pV at 273.15 K); gases not listed: unlimited
 * @param speeds             catalogue speed per gas at the inlet, m3/s (takes precedence over capture)
 * @param sorbent            true for a sorbent-coated panel (cryosorption pumps the non-condensables)
 */
public record Cryopump(double panelTemperature, double panelArea, double baffleTransmission, Map<Gas, Double> capture,
		double defaultCapture, Map<Gas, Double> capacities, Map<Gas, Double> speeds, boolean sorbent) implements Pump {

	/** Temperature at which capacities are counted (pV at 0 degC, like sccm), K. */
	public static final double CAPACITY_TEMPERATURE = 273.15;

	/** A bare condensation panel given by its area and capture coefficients. */
	public Cryopump(double panelTemperature, double panelArea, double baffleTransmission, Map<Gas, Double> capture,
			double defaultCapture, Map<Gas, Double> capacities) {
		this(panelTemperature, panelArea, baffleTransmission, capture, defaultCapture, capacities, Map.of(), false);
	}

	public Cryopump {
		Check.positive("cryopump", "panel temperature", panelTemperature, "K");
		Check.nonNegative("cryopump", "panel area", panelArea, "m2");
		Check.within("cryopump", "baffle transmission", baffleTransmission, 1e-6, 1);
		Check.within("cryopump", "default capture coefficient", defaultCapture, 0, 1);
		capture = Map.copyOf(capture);
		capacities = Map.copyOf(capacities);
		speeds = Map.copyOf(speeds);
		capture.forEach((g, c) -> Check.within("cryopump", "capture coefficient of " + g.symbol(), c, 0, 1));
		capacities.forEach((g, c) -> Check.positive("cryopump", "capacity for " + g.symbol(), c, "Pa m3"));
		speeds.forEach((g, v) -> Check.nonNegative("cryopump", "speed for " + g.symbol(), v, "m3/s"));
		if (panelArea == 0 && speeds.isEmpty()) {
			throw new org.cryostudio.analysis.model.InvalidModelException("cryopump",
					"needs a panel area or catalogue speeds per gas");
		}
	}

	/** @return the capture coefficient including the baffle (Oatley); 0 for a gas it does not pump */
	public double effectiveCapture(Gas gas) {
		double c = capture.getOrDefault(gas, defaultCapture);
		if (c <= 0 || panelArea == 0) {
			return 0.0;
		}
		return baffleTransmission >= 1 ? c : SeriesTransmission.equalArea(baffleTransmission, c);
	}

	/** @return true when the pump takes the gas at all */
	public boolean pumps(Gas gas) {
		Double catalogue = speeds.get(gas);
		double s = catalogue != null ? catalogue : panelArea == 0 ? scaledCatalogueSpeed(gas) : effectiveCapture(gas);
		return s > 0 && canHold(gas);
	}

	/**
	 * Speed for a gas the catalogue does not list, when only catalogue speeds are known: a capture
	 * pump's speed is c A v/4 with the mean molecular speed v ~ 1/sqrt(M), so at the same capture
	 * probability S = S_ref sqrt(M_ref / M), from N2 when listed (else the first listed species).
	 */
	public double scaledCatalogueSpeed(Gas gas) {
		Gas reference = speeds.containsKey(Gas.N2) ? Gas.N2
				: speeds.keySet().stream().min(java.util.Comparator.comparingInt(Enum::ordinal)).orElse(null);
		if (reference == null) {
			return 0.0;
		}
		return speeds.get(reference) * Math.sqrt(Fluids.of(reference).molarMass() / Fluids.of(gas).molarMass());
	}

	/**
	 * @return false for a bare panel at or above the gas's critical temperature: no condensate can
	 *         form there whatever the pressure (a 77 K panel and H2 or He); a sorbent still holds it
	 */
	public boolean canHold(Gas gas) {
		if (sorbent) {
			return true;
		}
		double tc = Fluids.of(gas).criticalTemperature();
		return !(panelTemperature >= tc);
	}

	/** @return speed for an empty pump at gas temperature T, m3/s */
	public double initialSpeed(GasKinetics gas, double gasTemperature) {
		if (!canHold(gas.gas())) {
			return 0.0;
		}
		Double catalogue = speeds.get(gas.gas());
		if (catalogue != null) {
			return catalogue;
		}
		if (panelArea == 0) {
			return scaledCatalogueSpeed(gas.gas());
		}
		double c = effectiveCapture(gas.gas());
		return c <= 0 ? 0.0 : CapturePump.speed(c, panelArea, gasTemperature, gas.moleculeMass());
	}

	@Override
	public double speed(GasKinetics gas, double totalPressure, double gasTemperature, double captured) {
		double s0 = initialSpeed(gas, gasTemperature);
		Double capacity = capacities.get(gas.gas());
		if (s0 <= 0 || capacity == null) {
			return s0;
		}
		// Langmuir-type saturation, as the physics library's getter film: S = S0 (1 - N/N_max)
		return s0 * Math.max(0.0, 1.0 - Math.max(0, captured) / capacity);
	}

	@Override
	public double floor(GasKinetics gas, double gasTemperature, double captured) {
		if (!pumps(gas.gas()) || sorbent) {
			return 0.0;
		}
		double floor = Cryocondensation.pressureFloor(Fluids.of(gas.gas()), panelTemperature, gasTemperature).value();
		return Double.isFinite(floor) ? floor : 0.0;
	}

	@Override
	public OptionalDouble capacity(GasKinetics gas) {
		Double c = capacities.get(gas.gas());
		return c == null ? OptionalDouble.empty() : OptionalDouble.of(c);
	}

	@Override
	public boolean captures() {
		return true;
	}

	@Override
	public String kind() {
		return "cryopump";
	}

	/** @return number of molecules in a pV quantity counted at {@link #CAPACITY_TEMPERATURE} */
	static double molecules(double pv) {
		return pv / (org.cryostudio.physics.PhysicalConstants.BOLTZMANN * CAPACITY_TEMPERATURE);
	}
}
