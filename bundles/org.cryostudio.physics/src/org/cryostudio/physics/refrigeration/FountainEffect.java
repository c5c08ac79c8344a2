package org.cryostudio.physics.refrigeration;

import static org.cryostudio.physics.PhysicalConstants.STANDARD_GRAVITY;

import java.util.List;
import java.util.Map;

import org.cryostudio.physics.datatable.CsvTable;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.model.ValidityRange;
import org.hipparchus.analysis.interpolation.AkimaSplineInterpolator;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;

/**
 * He II fountain (thermomechanical) effect: a superleak between two baths at T and T + dT sustains
 * a pressure difference dp = rho s dT (H. London), i.e. a liquid column h = s dT / g. The entropy of
 * He II at saturated vapour pressure comes from {@code he2_entropy.csv} (Donnelly &amp; Barenghi,
 * J. Phys. Chem. Ref. Data 27 (1998) 1217, fountain-pressure entropy, with their stated 0.5-3 %
 * accuracy), interpolated by an Akima spline in ln s. Validity: 1.15 K to the lambda point
 * 2.1768 K; small dT (for larger steps the entropy at the mean temperature is used). Not covered by
 * the fluid library's equations of state, which have no lambda transition.
 */
public final class FountainEffect {

	private static final PolynomialSplineFunction LOG_ENTROPY;
	private static final ValidityRange RANGE;

	static {
		CsvTable table = CsvTable.load(FountainEffect.class, "he2_entropy.csv");
		int n = table.size();
		double[] t = new double[n];
		double[] ls = new double[n];
		for (int i = 0; i < n; i++) {
			Map<String, String> row = table.row(i);
			t[i] = CsvTable.number(row, "T90_K");
			ls[i] = Math.log(CsvTable.number(row, "s_J_per_gK") * 1000.0);
		}
		LOG_ENTROPY = new AkimaSplineInterpolator().interpolate(t, ls);
		RANGE = new ValidityRange("T", t[0], t[n - 1], "K");
	}

	private FountainEffect() {
	}

	/** @return specific entropy of He II at SVP, J/(kg K) */
	public static ModelResult entropy(double temperature) {
		double clamped = Math.max(RANGE.min(), Math.min(RANGE.max(), temperature));
		ModelResult r = ModelResult.of(Math.exp(LOG_ENTROPY.value(clamped)), "J/(kg K)", "He II entropy at SVP (table)",
				"Donnelly & Barenghi, J. Phys. Chem. Ref. Data 27 (1998) 1217, ch. 8", List.of(RANGE));
		if (!RANGE.contains(temperature)) {
			r = r.withWarning("T = " + temperature + " K outside the He II entropy table " + RANGE + ": nearest end value used");
		}
		return r;
	}

	/**
	 * @param temperature bath temperature, K
	 * @param deltaT      temperature step across the superleak, K
	 * @return fountain height h = s dT / g, m
	 */
	public static ModelResult height(double temperature, double deltaT) {
		ModelResult s = entropy(temperature + 0.5 * deltaT);
		return new ModelResult(s.value() * deltaT / STANDARD_GRAVITY, "m", s.valid(), "He II fountain height s dT / g",
				s.source(), s.ranges(), s.warnings());
	}
}
