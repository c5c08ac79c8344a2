package org.cryostudio.physics.fluids;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed content of one fluid data file ({@code <FluidName>.fluid} next to this class),
 * written by {@code tools/convert-coolprop-fluids.py} from the CoolProp 8.0.0 fluid files. The
 * format is documented in that script: one record per line, blank-separated fields, '#' comments.
 * Units in the file are molar (mol/m3, J/mol); this class keeps them as read.
 *
 * <p>Immutable once parsed; the arrays are shared with {@link HelmholtzEos} and must not be
 * modified.
 */
final class FluidData {

	/** One saturation ancillary equation (starting values only, never an answer). */
	record Ancillary(String name, boolean exponential, double reducingTemperature, double reducingValue,
			boolean useTau, double minTemperature, double maxTemperature, double maxErrorPercent, double[] n,
			double[] t) {

		/** @return the ancillary value at temperature T (K), in the unit of its reducing value */
		double value(double temperature) {
			double theta = 1.0 - temperature / reducingTemperature;
			double sum = 0;
			for (int i = 0; i < n.length; i++) {
				sum += n[i] * Math.pow(theta, t[i]);
			}
			if (!exponential) {
				return reducingValue * (1.0 + sum);
			}
			if (useTau) {
				sum *= reducingTemperature / temperature;
			}
			return reducingValue * Math.exp(sum);
		}
	}

	/** One part of the melting curve p_melt(T), a validity guard: the fluid is solid above it. */
	record MeltingPart(String kind, double minTemperature, double maxTemperature, double t0, double p0, double[] a,
			double[] t) {

		/** @return melting pressure at T (K), Pa */
		double pressure(double temperature) {
			double r = temperature / t0;
			return switch (kind) {
			case "simon" -> p0 + a[0] * (Math.pow(r, t[0]) - 1);
			case "tr" -> {
				double s = 1;
				for (int i = 0; i < a.length; i++) {
					s += a[i] * (Math.pow(r, t[i]) - 1);
				}
				yield p0 * s;
			}
			case "theta" -> {
				double s = 1;
				for (int i = 0; i < a.length; i++) {
					s += a[i] * Math.pow(r - 1, t[i]);
				}
				yield p0 * s;
			}
			default -> throw new IllegalStateException("unknown melting-line form " + kind);
			};
		}
	}

	String name;
	String source;
	double molarMass;
	double gasConstant;
	double reducingTemperature;
	double reducingDensity;
	double criticalTemperature;
	double criticalPressure;
	double criticalDensity;
	double tripleTemperature;
	double triplePressureLiquid;
	double triplePressureVapour;
	double tripleDensityLiquid;
	double tripleDensityVapour;
	double minTemperature;
	double maxTemperature;
	double maxPressure;
	boolean pseudoPure;
	List<String> eosKeys = List.of();
	final Map<String, String> citations = new LinkedHashMap<>();
	String uncertainty = "";
	final List<double[]> ideal = new ArrayList<>();
	final List<String> idealKinds = new ArrayList<>();
	final List<double[]> residual = new ArrayList<>();
	final List<String> residualKinds = new ArrayList<>();
	final Map<String, Ancillary> ancillaries = new LinkedHashMap<>();
	final List<MeltingPart> melting = new ArrayList<>();
	String meltingSource = "";
	/** K: the melting parts are evaluated at T - meltingShift (a line borrowed from a related fluid) */
	double meltingShift;

	private FluidData() {
	}

	/**
	 * Reads {@code <name>.fluid} from the class path next to this class.
	 *
	 * @param name fluid file name without extension, e.g. "Nitrogen"
	 * @throws IllegalArgumentException when there is no such resource
	 * @throws IllegalStateException    when the file is malformed (names the line)
	 */
	static FluidData load(String name) {
		try (InputStream in = FluidData.class.getResourceAsStream(name + ".fluid")) {
			if (in == null) {
				throw new IllegalArgumentException("no fluid data for " + name);
			}
			return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static FluidData parse(String file, BufferedReader reader) throws IOException {
		FluidData d = new FluidData();
		String line;
		int lineNo = 0;
		while ((line = reader.readLine()) != null) {
			lineNo++;
			String s = line.strip();
			if (s.isEmpty() || s.startsWith("#")) {
				continue;
			}
			try {
				d.record(s);
			} catch (RuntimeException e) {
				throw new IllegalStateException(file + ".fluid:" + lineNo + ": " + e.getMessage(), e);
			}
		}
		return d;
	}

	private void record(String s) {
		int sp = s.indexOf(' ');
		String key = sp < 0 ? s : s.substring(0, sp);
		String rest = sp < 0 ? "" : s.substring(sp + 1).strip();
		String[] f = rest.split("\\s+");
		switch (key) {
		case "fluid" -> name = rest;
		case "source" -> source = rest;
		case "molar_mass" -> molarMass = num(f[0]);
		case "gas_constant" -> gasConstant = num(f[0]);
		case "reducing" -> {
			reducingTemperature = num(f[0]);
			reducingDensity = num(f[1]);
		}
		case "critical" -> {
			criticalTemperature = num(f[0]);
			criticalPressure = num(f[1]);
			criticalDensity = num(f[2]);
		}
		case "triple" -> {
			tripleTemperature = num(f[0]);
			triplePressureLiquid = num(f[1]);
			triplePressureVapour = num(f[2]);
			tripleDensityLiquid = num(f[3]);
			tripleDensityVapour = num(f[4]);
		}
		case "range" -> {
			minTemperature = num(f[0]);
			maxTemperature = num(f[1]);
			maxPressure = num(f[2]);
		}
		case "pseudo_pure" -> pseudoPure = Boolean.parseBoolean(f[0]);
		case "eos" -> eosKeys = List.of(rest.split(","));
		case "cite" -> citations.put(f[0], rest.substring(f[0].length()).strip());
		case "uncertainty" -> uncertainty = rest;
		case "alpha0" -> {
			idealKinds.add(f[0]);
			ideal.add(numbers(f, 1, f[0].equals("offset") ? 3 : f.length));
		}
		case "alphar" -> {
			residualKinds.add(f[0]);
			residual.add(numbers(f, 1, f.length));
		}
		case "melting_source" -> meltingSource = rest;
		case "melting_shift" -> meltingShift = num(f[0]);
		case "melting" -> {
			String[] parts = rest.split(";");
			String[] h = parts[0].strip().split("\\s+");
			melting.add(new MeltingPart(h[0], num(h[1]), num(h[2]), num(h[3]), num(h[4]),
					numbers(parts[1].strip().split("\\s+"), 0, -1), numbers(parts[2].strip().split("\\s+"), 0, -1)));
		}
		case "anc" -> {
			String[] parts = rest.split(";");
			String[] h = parts[0].strip().split("\\s+");
			double[] n = numbers(parts[1].strip().split("\\s+"), 0, -1);
			double[] t = numbers(parts[2].strip().split("\\s+"), 0, -1);
			ancillaries.put(h[0], new Ancillary(h[0], h[1].equals("exp"), num(h[2]), num(h[3]),
					Boolean.parseBoolean(h[4]), num(h[5]), num(h[6]), num(h[7]), n, t));
		}
		default -> throw new IllegalStateException("unknown record '" + key + "'");
		}
	}

	private static double num(String s) {
		return Double.parseDouble(s);
	}

	private static double[] numbers(String[] f, int from, int to) {
		int end = to < 0 ? f.length : to;
		double[] out = new double[end - from];
		for (int i = from; i < end; i++) {
			out[i - from] = num(f[i]);
		}
		return out;
	}

	/** @return the BibTeX keys with their full citations, in file order */
	Map<String, String> citations() {
		return Collections.unmodifiableMap(citations);
	}

	/** @return "KEY: citation; KEY2: citation" for reports */
	String eosSource() {
		StringBuilder sb = new StringBuilder();
		for (var e : citations.entrySet()) {
			if (!sb.isEmpty()) {
				sb.append("; ");
			}
			sb.append(e.getKey()).append(": ").append(e.getValue());
		}
		return sb.toString();
	}
}
