package org.cryostudio.report.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.pumps.Cryocondensation;

/**
 * The lowest pressure of one gas that a cold surface can hold by condensation: the vapour
 * pressure of the condensate at the surface temperature, raised by thermal transpiration to the
 * gas temperature, p_floor = p_s(T_s) √(T_g/T_s) (Haefer, Cryopumping, ch. 3; computed by
 * {@link Cryocondensation#pressureFloor}).
 *
 * @param surface    the cold surface
 * @param gas        the gas
 * @param saturation the vapour pressure p_s(T_s) with its model, source and validity
 * @param floor      the pressure floor with the same model information
 */
public record CondensationFloor(ColdSurface surface, Gas gas, ModelResult saturation, ModelResult floor) {

	public CondensationFloor {
		Objects.requireNonNull(surface, "surface");
		Objects.requireNonNull(gas, "gas");
		Objects.requireNonNull(saturation, "saturation");
		Objects.requireNonNull(floor, "floor");
	}

	/**
	 * @return true when the floor is a number worth writing out: the surface is below the gas's
	 *         critical temperature and the vapour pressure did not underflow to zero
	 */
	public boolean condenses() {
		return !aboveCritical() && saturation.value() > 0 && Double.isFinite(saturation.value());
	}

	/** @return true when the surface is at or above the critical temperature: no liquid or solid forms */
	public boolean aboveCritical() {
		return surface.temperature() >= Fluids.of(gas).criticalTemperature();
	}

	/** @return every surface with every gas, surfaces in spec order, gases in declaration order */
	public static List<CondensationFloor> of(List<ColdSurface> surfaces, List<Gas> gases) {
		List<CondensationFloor> out = new ArrayList<>();
		for (ColdSurface s : surfaces) {
			for (Gas g : gases) {
				ModelResult ps = Fluids.of(g).vapourPressure(s.temperature());
				ModelResult floor = Cryocondensation.pressureFloor(Fluids.of(g), s.temperature(), s.gasTemperature());
				out.add(new CondensationFloor(s, g, ps, floor));
			}
		}
		return out;
	}
}
