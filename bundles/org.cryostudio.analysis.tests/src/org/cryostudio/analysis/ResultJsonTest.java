package org.cryostudio.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.cryostudio.analysis.result.ChartSpec;
import org.cryostudio.analysis.result.NonFiniteResultException;
import org.cryostudio.analysis.result.RequirementVerdict;
import org.cryostudio.analysis.result.ResultJson;
import org.cryostudio.analysis.result.Scalar;
import org.cryostudio.analysis.result.Series;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.result.Verdict;
import org.junit.jupiter.api.Test;

/** The result model keeps its promises (finite numbers, SI units) and its JSON follows CLI.md. */
class ResultJsonTest {

	private static SolverResult sample() {
		return SolverResult.builder("vacuum.steady").scalar("chamber", "base pressure", 1.5e-7, "Pa")
				.series(Series.of("pressure chamber", "time", "s", new double[] { 1, 10 }, "pressure", "Pa",
						new double[] { 1e5, 2.5 }))
				.chart(new ChartSpec("pumpdown", "Pump-down", List.of("pressure chamber"), true, true, List.of()))
				.requirement(RequirementVerdict.decided("pressure(chamber) < 1e-6 Pa", "chamber", true, 1.5e-7, 1e-6, "Pa", ""))
				.requirement(RequirementVerdict.unknown("cooldown(stage) < 1 d", "stage", 86400, "s", "no thermal model"))
				.warning("port", "a \"quoted\" note").build();
	}

	@Test
	void jsonHasTheContractKeysAndNullForUnknownValues() {
		String json = ResultJson.solver(sample());
		for (String key : List.of("\"id\": \"vacuum.steady\"", "\"status\": \"ok\"", "\"scalars\"", "\"element\": \"chamber\"",
				"\"quantity\": \"base pressure\"", "\"value\": 1.5e-7", "\"unit\": \"Pa\"", "\"series\"",
				"\"x\": {\"quantity\": \"time\", \"unit\": \"s\", \"values\": [1, 10]}", "\"requirements\"",
				"\"status\": \"pass\"", "\"status\": \"unknown\", \"value\": null", "\"limit\": 1.0e-6",
				"\\\"quoted\\\"")) {
			assertTrue(json.contains(key), key + " missing in\n" + json);
		}
		assertFalse(json.contains("NaN") || json.contains("Infinity"));
		assertEquals(json.chars().filter(c -> c == '{').count(), json.chars().filter(c -> c == '}').count());
		assertEquals(json.chars().filter(c -> c == '[').count(), json.chars().filter(c -> c == ']').count());
	}

	@Test
	void nonFiniteNumbersAreRejectedNamingTheElement() {
		NonFiniteResultException e = assertThrows(NonFiniteResultException.class,
				() -> new Scalar("shield", "temperature", Double.NaN, "K"));
		assertEquals("shield", e.element());
		assertThrows(NonFiniteResultException.class, () -> Series.of("s", "t", "s", new double[] { 1 }, "p", "Pa",
				new double[] { Double.POSITIVE_INFINITY }));
		assertThrows(IllegalArgumentException.class, () -> ResultJson.number(Double.NaN));
	}

	@Test
	void chartsMayOnlyNameSeriesOfTheResult() {
		SolverResult.Builder b = SolverResult.builder("x");
		assertThrows(IllegalArgumentException.class,
				() -> b.chart(new ChartSpec("c", "C", List.of("missing"), false, false, List.of())));
		assertThrows(IllegalArgumentException.class,
				() -> new ChartSpec("bad name/with slash", "C", List.of("a"), false, false, List.of()));
	}

	@Test
	void verdictsCarryStatusValueAndLimit() {
		RequirementVerdict v = sample().requirements().get(0);
		assertEquals(Verdict.PASS, v.status());
		assertEquals(OptionalDouble.of(1.5e-7), v.value());
		assertEquals(1e-6, v.limit());
		assertEquals("pass", v.status().json());
	}
}
