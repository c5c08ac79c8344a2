package org.cryostudio.physics.fluids;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The analytic derivatives of every term family against central finite differences of the
 * function itself, for every shipped fluid and for a synthetic data file (test resource
 * TestTerms.fluid) that also carries the GaoB and generalised Planck-Einstein terms no shipped
 * fluid uses.
 */
class HelmholtzEosDerivativeTest {

	private static final double[][] POINTS = { { 0.6, 0.3 }, { 1.3, 2.2 }, { 2.0, 0.05 }, { 0.95, 1.05 }, { 1.1, 0.8 } };

	@Test
	void derivativesOfAllShippedFluids() {
		for (Gas g : Gas.values()) {
			if (g != Gas.HE3) {
				check(new HelmholtzEos(FluidData.load(g.fluidName())), g.toString());
			}
		}
	}

	@Test
	void derivativesOfTheSyntheticTermFamilies() {
		check(new HelmholtzEos(FluidData.load("TestTerms")), "TestTerms");
	}

	private static void check(HelmholtzEos eos, String name) {
		for (double[] pt : POINTS) {
			double tau = pt[0], delta = pt[1];
			double h = 1e-5;
			HelmholtzEos.Residual r = eos.residual(tau, delta);
			HelmholtzEos.Residual rdp = eos.residual(tau, delta + h), rdm = eos.residual(tau, delta - h);
			HelmholtzEos.Residual rtp = eos.residual(tau + h, delta), rtm = eos.residual(tau - h, delta);
			String at = name + " at tau=" + tau + " delta=" + delta;
			assertEquals((rdp.a - rdm.a) / (2 * h), r.d, 1e-6 * (1 + Math.abs(r.d)), at + " d");
			assertEquals((rtp.a - rtm.a) / (2 * h), r.t, 1e-6 * (1 + Math.abs(r.t)), at + " t");
			assertEquals((rdp.d - rdm.d) / (2 * h), r.dd, 1e-5 * (1 + Math.abs(r.dd)), at + " dd");
			assertEquals((rtp.t - rtm.t) / (2 * h), r.tt, 1e-5 * (1 + Math.abs(r.tt)), at + " tt");
			assertEquals((rtp.d - rtm.d) / (2 * h), r.dt, 1e-5 * (1 + Math.abs(r.dt)), at + " dt");
			HelmholtzEos.Ideal i = eos.ideal(tau, delta);
			HelmholtzEos.Ideal ip = eos.ideal(tau + h, delta), im = eos.ideal(tau - h, delta);
			assertEquals((ip.a - im.a) / (2 * h), i.t, 1e-6 * (1 + Math.abs(i.t)), at + " ideal t");
			assertEquals((ip.t - im.t) / (2 * h), i.tt, 1e-5 * (1 + Math.abs(i.tt)), at + " ideal tt");
		}
	}
}
