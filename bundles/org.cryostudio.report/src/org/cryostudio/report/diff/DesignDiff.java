package org.cryostudio.report.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.cryostudio.report.design.InputValue;
import org.cryostudio.report.design.ResultValue;

/**
 * What changed between two versions of a design: the inputs as written (matched by element and
 * property), and the results computed from each version (matched by what computed them, the
 * element and the quantity), with absolute and relative changes.
 *
 * @param before         the first version, e.g. "HEAD~1:spec/chamber.cryo"
 * @param after          the second version
 * @param inputs         inputs that differ, in the order of the second version (removed ones last)
 * @param results        results that differ
 * @param sameInputs     how many inputs are the same in both
 * @param sameResults    how many results are the same in both
 * @param requirements   requirement verdicts that differ
 */
public record DesignDiff(String before, String after, List<InputChange> inputs, List<ResultChange> results, int sameInputs,
		int sameResults, List<VerdictChange> requirements) {

	/**
	 * Results closer than this (relative) are the same: two runs of a deterministic solver on the
	 * same inputs agree to the last bit, this only absorbs printing round trips.
	 */
	public static final double SAME = 1e-12;

	public DesignDiff {
		Objects.requireNonNull(before, "before");
		Objects.requireNonNull(after, "after");
		inputs = List.copyOf(inputs);
		results = List.copyOf(results);
		requirements = List.copyOf(requirements);
	}

	/** A requirement whose verdict differs. */
	public record VerdictChange(String requirement, String before, String after) {
	}

	/** @return true when nothing differs */
	public boolean isEmpty() {
		return inputs.isEmpty() && results.isEmpty() && requirements.isEmpty();
	}

	/**
	 * @param verdictsBefore requirement text to its verdict ("pass", "fail", "unknown") in the first version
	 * @param verdictsAfter  the same in the second version
	 */
	public static DesignDiff of(String before, List<InputValue> inputsBefore, List<ResultValue> resultsBefore,
			Map<String, String> verdictsBefore, String after, List<InputValue> inputsAfter, List<ResultValue> resultsAfter,
			Map<String, String> verdictsAfter) {
		Map<String, InputValue> a = index(inputsBefore);
		Map<String, InputValue> b = index(inputsAfter);
		List<InputChange> inputs = new ArrayList<>();
		int sameInputs = 0;
		for (Map.Entry<String, InputValue> e : b.entrySet()) {
			InputValue now = e.getValue();
			InputValue was = a.get(e.getKey());
			if (was == null) {
				inputs.add(new InputChange(Change.ADDED, now.element(), now.property(), Optional.empty(), Optional.of(now)));
			} else if (!sameInput(was, now)) {
				inputs.add(new InputChange(Change.CHANGED, now.element(), now.property(), Optional.of(was), Optional.of(now)));
			} else {
				sameInputs++;
			}
		}
		for (Map.Entry<String, InputValue> e : a.entrySet()) {
			if (!b.containsKey(e.getKey())) {
				InputValue was = e.getValue();
				inputs.add(new InputChange(Change.REMOVED, was.element(), was.property(), Optional.of(was), Optional.empty()));
			}
		}
		Map<String, ResultValue> ra = indexResults(resultsBefore);
		Map<String, ResultValue> rb = indexResults(resultsAfter);
		List<ResultChange> results = new ArrayList<>();
		int sameResults = 0;
		Set<String> keys = new LinkedHashSet<>(ra.keySet());
		keys.addAll(rb.keySet());
		for (String k : keys) {
			ResultValue was = ra.get(k);
			ResultValue now = rb.get(k);
			ResultValue any = now != null ? now : was;
			OptionalDouble x = was == null ? OptionalDouble.empty() : OptionalDouble.of(was.si());
			OptionalDouble y = now == null ? OptionalDouble.empty() : OptionalDouble.of(now.si());
			Change change = was == null ? Change.ADDED : now == null ? Change.REMOVED : same(was.si(), now.si()) ? null : Change.CHANGED;
			if (change == null) {
				sameResults++;
			} else {
				results.add(new ResultChange(change, any.source(), any.element(), any.quantity(), any.unit(), x, y));
			}
		}
		List<VerdictChange> verdicts = new ArrayList<>();
		Set<String> requirements = new LinkedHashSet<>(verdictsBefore.keySet());
		requirements.addAll(verdictsAfter.keySet());
		for (String r : requirements) {
			String x = verdictsBefore.getOrDefault(r, "absent");
			String y = verdictsAfter.getOrDefault(r, "absent");
			if (!x.equals(y)) {
				verdicts.add(new VerdictChange(r, x, y));
			}
		}
		return new DesignDiff(before, after, inputs, results, sameInputs, sameResults, verdicts);
	}

	private static boolean sameInput(InputValue a, InputValue b) {
		if (a.si().isPresent() && b.si().isPresent()) {
			return a.siUnit().equals(b.siUnit()) && same(a.si().getAsDouble(), b.si().getAsDouble()) && a.type().equals(b.type());
		}
		return a.written().equals(b.written()) && a.type().equals(b.type());
	}

	private static boolean same(double a, double b) {
		return a == b || Math.abs(a - b) <= SAME * Math.max(Math.abs(a), Math.abs(b));
	}

	private static Map<String, InputValue> index(List<InputValue> values) {
		Map<String, InputValue> map = new LinkedHashMap<>();
		for (InputValue v : values) {
			// a gas listed twice in one table (the validator reports it) is compared by its first entry
			map.putIfAbsent(v.key(), v);
		}
		return map;
	}

	private static Map<String, ResultValue> indexResults(List<ResultValue> values) {
		Map<String, ResultValue> map = new LinkedHashMap<>();
		for (ResultValue v : values) {
			map.putIfAbsent(v.key(), v);
		}
		return map;
	}
}
