package org.cryostudio.physics.pumps;

/**
 * Roughing (backing) pump speed curve S(p). Either the two-parameter model
 * S(p) = S0 (1 - p_ult / p) for p &gt; p_ult (the usual approximation of a displacement pump whose
 * speed falls to zero at its ultimate pressure; O'Hanlon, <i>A User's Guide to Vacuum Technology</i>,
 * sec. 10.x), or a catalogue curve interpolated linearly in log p, with the ultimate pressure where
 * the catalogue speed reaches zero. Inputs: m3/s, Pa.
 */
public final class RoughingPump {

	private final double[] logPressure;
	private final double[] speed;
	private final double nominalSpeed;
	private final double ultimatePressure;

	private RoughingPump(double[] logPressure, double[] speed, double nominalSpeed, double ultimatePressure) {
		this.logPressure = logPressure;
		this.speed = speed;
		this.nominalSpeed = nominalSpeed;
		this.ultimatePressure = ultimatePressure;
	}

	/** @return the S0 (1 - p_ult/p) model */
	public static RoughingPump ofNominal(double nominalSpeed, double ultimatePressure) {
		return new RoughingPump(null, null, nominalSpeed, ultimatePressure);
	}

	/**
	 * @param pressures increasing pressures, Pa
	 * @param speeds    catalogue speeds at those pressures, m3/s
	 */
	public static RoughingPump ofCurve(double[] pressures, double[] speeds) {
		if (pressures.length != speeds.length || pressures.length < 2) {
			throw new IllegalArgumentException("need at least two (p, S) points");
		}
		double[] lp = new double[pressures.length];
		double max = 0;
		for (int i = 0; i < lp.length; i++) {
			if (i > 0 && pressures[i] <= pressures[i - 1]) {
				throw new IllegalArgumentException("pressures must increase");
			}
			lp[i] = Math.log(pressures[i]);
			max = Math.max(max, speeds[i]);
		}
		return new RoughingPump(lp, speeds.clone(), max, pressures[0]);
	}

	/** @return S(p), m3/s (0 at and below the ultimate pressure) */
	public double speed(double pressure) {
		if (logPressure == null) {
			return pressure <= ultimatePressure ? 0.0 : nominalSpeed * (1.0 - ultimatePressure / pressure);
		}
		double lp = Math.log(pressure);
		int n = logPressure.length;
		if (lp <= logPressure[0]) {
			return speed[0];
		}
		if (lp >= logPressure[n - 1]) {
			return speed[n - 1];
		}
		int i = 0;
		while (logPressure[i + 1] < lp) {
			i++;
		}
		double s = (lp - logPressure[i]) / (logPressure[i + 1] - logPressure[i]);
		return speed[i] + s * (speed[i + 1] - speed[i]);
	}

	public double ultimatePressure() {
		return ultimatePressure;
	}
}
