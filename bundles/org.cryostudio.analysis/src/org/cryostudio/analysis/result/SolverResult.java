package org.cryostudio.analysis.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one solver produced for one model: status, scalars, series, charts, requirement
 * verdicts and messages. Immutable; built with {@link #builder(String)}.
 *
 * @param solverId     the solver's id, e.g. "vacuum.steady"
 * @param status       ok, failed, not-applicable or cancelled
 * @param scalars      numbers per element
 * @param series       curves, unique names
 * @param charts       chart specifications over the series
 * @param requirements verdicts of the requirements this solver can check
 * @param messages     notes, errors first
 */
public record SolverResult(String solverId, SolverStatus status, List<Scalar> scalars, List<Series> series,
		List<ChartSpec> charts, List<RequirementVerdict> requirements, List<SolverMessage> messages) {

	public SolverResult {
		Objects.requireNonNull(solverId, "solverId");
		Objects.requireNonNull(status, "status");
		scalars = List.copyOf(scalars);
		series = List.copyOf(series);
		charts = List.copyOf(charts);
		requirements = List.copyOf(requirements);
		messages = List.copyOf(messages);
	}

	/** @return the series of that name */
	public Optional<Series> series(String name) {
		return series.stream().filter(s -> s.name().equals(name)).findFirst();
	}

	/** @return the first scalar of an element and quantity */
	public Optional<Scalar> scalar(String element, String quantity) {
		return scalars.stream().filter(s -> s.element().equals(element) && s.quantity().equals(quantity)).findFirst();
	}

	/** @return the value of a scalar that must exist (tests, reports) */
	public double value(String element, String quantity) {
		return scalar(element, quantity).orElseThrow(() -> new IllegalArgumentException(
				"no scalar '" + quantity + "' for '" + element + "' in " + solverId + "; have " + scalars)).value();
	}

	/** @return a result with only a status and one message (failed, not applicable, cancelled) */
	public static SolverResult of(String solverId, SolverStatus status, SolverMessage message) {
		return new SolverResult(solverId, status, List.of(), List.of(), List.of(), List.of(), List.of(message));
	}

	public static Builder builder(String solverId) {
		return new Builder(solverId);
	}

	/** Collects a result; rejects non-finite numbers (naming the element) and duplicate series. */
	public static final class Builder {

		private final String solverId;
		private final List<Scalar> scalars = new ArrayList<>();
		private final Map<String, Series> series = new LinkedHashMap<>();
		private final Map<String, ChartSpec> charts = new LinkedHashMap<>();
		private final List<RequirementVerdict> requirements = new ArrayList<>();
		private final List<SolverMessage> messages = new ArrayList<>();

		private Builder(String solverId) {
			this.solverId = solverId;
		}

		public Builder scalar(String element, String quantity, double value, String unit) {
			scalars.add(new Scalar(element, quantity, value, unit));
			return this;
		}

		public Builder series(Series s) {
			if (series.putIfAbsent(s.name(), s) != null) {
				throw new IllegalArgumentException("duplicate series name '" + s.name() + "' in " + solverId);
			}
			return this;
		}

		public Builder chart(ChartSpec chart) {
			for (String name : chart.series()) {
				if (!series.containsKey(name)) {
					throw new IllegalArgumentException("chart " + chart.id() + " names unknown series '" + name + "'");
				}
			}
			if (charts.putIfAbsent(chart.id(), chart) != null) {
				throw new IllegalArgumentException("duplicate chart id '" + chart.id() + "' in " + solverId);
			}
			return this;
		}

		public Builder requirement(RequirementVerdict verdict) {
			requirements.add(verdict);
			return this;
		}

		public Builder message(SolverMessage.Severity severity, String element, String text) {
			messages.add(new SolverMessage(severity, element, text));
			return this;
		}

		public Builder warning(String element, String text) {
			return message(SolverMessage.Severity.WARNING, element, text);
		}

		public Builder info(String element, String text) {
			return message(SolverMessage.Severity.INFO, element, text);
		}

		/** @return true when a series of that name was added */
		public boolean hasSeries(String name) {
			return series.containsKey(name);
		}

		public SolverResult build() {
			List<SolverMessage> sorted = new ArrayList<>(messages);
			sorted.sort((a, b) -> a.severity().compareTo(b.severity()));
			return new SolverResult(solverId, SolverStatus.OK, scalars, List.copyOf(series.values()),
					List.copyOf(charts.values()), requirements, sorted);
		}
	}
}
