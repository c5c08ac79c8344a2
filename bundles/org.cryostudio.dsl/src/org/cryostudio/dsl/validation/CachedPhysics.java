package org.cryostudio.dsl.validation;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.cryostudio.physics.fluids.Fluid;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.model.ModelResult;

/**
 * Physics answers the rules ask for again and again while the user types (the same helium JT stage,
 * the same 12 K panel), memoised by their exact inputs. Equation-of-state answers such as an
 * inversion temperature take thousands of EoS evaluations; a spec holds few distinct states, so the
 * cache stays small (it is emptied when it grows past a bound, never evicting answers in use).
 */
final class CachedPhysics {

	private static final int LIMIT = 4096;
	private static final Map<Key, Object> CACHE = new ConcurrentHashMap<>();

	private record Key(String what, Gas gas, double a, double b) {
	}

	private CachedPhysics() {
	}

	/** @return the upper Joule-Thomson inversion temperature of the gas at pressure p, K */
	static ModelResult inversionTemperature(Gas gas, double pressure) {
		return cached(new Key("inversion", gas, pressure, 0), () -> Fluids.of(gas).inversionTemperature(pressure));
	}

	/** @return the maximum (low-pressure) inversion temperature of the gas, K */
	static ModelResult maxInversionTemperature(Gas gas) {
		return cached(new Key("max-inversion", gas, 0, 0), () -> Fluids.of(gas).maxInversionTemperature());
	}

	/** @return the vapour (or sublimation) pressure of the gas at T, Pa */
	static ModelResult vapourPressure(Gas gas, double temperature) {
		return cached(new Key("psat", gas, temperature, 0), () -> Fluids.of(gas).vapourPressure(temperature));
	}

	/** @return the temperature at which the vapour pressure of the gas is p, K */
	static ModelResult vapourTemperature(Gas gas, double pressure) {
		return cached(new Key("tsat", gas, pressure, 0), () -> Fluids.of(gas).vapourTemperature(pressure));
	}

	/** @return the fluid of a gas, or null for one without an equation of state (He-3) */
	static Fluid fluidWithEos(Gas gas) {
		return gas == Gas.HE3 ? null : Fluids.of(gas);
	}

	@SuppressWarnings("unchecked")
	private static <T> T cached(Key key, Supplier<T> compute) {
		Object value = CACHE.get(key);
		if (value == null) {
			value = Objects.requireNonNull(compute.get());
			if (CACHE.size() >= LIMIT) {
				CACHE.clear();
			}
			CACHE.put(key, value);
		}
		return (T) value;
	}
}
