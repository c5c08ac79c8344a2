package org.cryostudio.physics.pumps;

import org.cryostudio.physics.fluids.Fluid;
import org.cryostudio.physics.kinetic.MaxwellBoltzmann;
import org.cryostudio.physics.model.ModelResult;

/**
 * Cryocondensation pumping with the vapour-pressure floor. A panel at Ts with condensate of vapour
 * pressure p_s(Ts) captures the fraction c of the incident flux and re-evaporates p_s/sqrt(2 pi m k Ts)
 * (Hertz-Knudsen), so the net throughput is Q = c A k Tg (p / sqrt(2 pi m k Tg) - p_s / sqrt(2 pi m k Ts))
 * = S_ideal (p - p_floor) with the floor p_floor = p_s sqrt(Tg/Ts) (thermal transpiration between the
 * panel and the gas at Tg). Source: R. A. Haefer, <i>Cryopumping: Theory and Practice</i> (Oxford 1989),
 * ch. 3; Jousten (ed.), <i>Handbook of Vacuum Technology</i>, ch. 13. The vapour pressure comes from
 * the fluid library ({@link Fluid#vapourPressure}), including its validity. Inputs SI; pV flows at Tg.
 */
public final class Cryocondensation {

	private Cryocondensation() {
	}

	/** @return the pressure floor p_s(Ts) sqrt(Tg/Ts), Pa, with the vapour-pressure model's validity */
	public static ModelResult pressureFloor(Fluid condensate, double panelTemperature, double gasTemperature) {
		ModelResult ps = condensate.vapourPressure(panelTemperature);
		double floor = ps.value() * Math.sqrt(gasTemperature / panelTemperature);
		return new ModelResult(floor, "Pa", ps.valid(), "cryocondensation floor p_s sqrt(Tg/Ts)", ps.source(), ps.ranges(),
				ps.warnings());
	}

	/**
	 * @param pressure          gas pressure at Tg, Pa
	 * @param captureCoefficient c
	 * @param area              m2
	 * @return net throughput at Tg, Pa m3/s (negative: the panel is a source)
	 */
	public static double throughput(Fluid condensate, double pressure, double captureCoefficient, double area,
			double panelTemperature, double gasTemperature) {
		double ideal = CapturePump.speed(captureCoefficient, area, gasTemperature, condensate.moleculeMass());
		double floor = pressureFloor(condensate, panelTemperature, gasTemperature).value();
		return ideal * (pressure - floor);
	}

	/** @return effective speed Q/p, m3/s; falls to zero as p approaches the floor */
	public static double speed(Fluid condensate, double pressure, double captureCoefficient, double area,
			double panelTemperature, double gasTemperature) {
		return throughput(condensate, pressure, captureCoefficient, area, panelTemperature, gasTemperature) / pressure;
	}

	/** @return incident molecular flux at p and Tg, 1/(m2 s) (for capacity/frost-growth estimates) */
	public static double incidentFlux(Fluid gas, double pressure, double gasTemperature) {
		return MaxwellBoltzmann.impingementRate(pressure, gasTemperature, gas.moleculeMass());
	}
}
