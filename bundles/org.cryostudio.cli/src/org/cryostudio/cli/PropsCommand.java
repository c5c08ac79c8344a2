package org.cryostudio.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cryostudio.physics.model.ValidityRange;
import org.cryostudio.physics.props.PropertyCalculator;
import org.cryostudio.physics.props.PropertyInputException;
import org.cryostudio.physics.props.PropertyResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cryo props PROPERTY --gas GAS [--T VALUE] [--p VALUE] [--json]}: the fluid-property
 * calculator. Outside a model's validity range the answer says so ({@code valid:false}) and a
 * warning goes to stderr; the exit code stays 0 because the question was well formed.
 */
@Command(name = "props", description = {
		"Fluid properties: psat, tsat, tinv-max, tinv, mu-jt, h, s, u, rho, cp, cv, w, z, b, mfp.",
		"Values take units: --T 20K, --T -196degC, --p 1bar, --p 1e-7torr." })
final class PropsCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "PROPERTY", description = "The property, e.g. psat, h, tinv-max.")
	String property;

	@Option(names = "--gas", required = true, paramLabel = "GAS",
			description = "He, He3, H2, pH2, D2, Ne, N2, O2, Ar, CO, CO2, CH4, H2O, Kr, Xe, Air.")
	String gas;

	@Option(names = { "--T", "-T" }, paramLabel = "VALUE", description = "Temperature with unit, e.g. 77K.")
	String temperature;

	@Option(names = { "--p", "-p" }, paramLabel = "VALUE", description = "Pressure with unit, e.g. 1bar.")
	String pressure;

	@Option(names = "--json", description = "Print one JSON document (SI values with units).")
	boolean json;

	@Override
	public Integer call() {
		PropertyResult result;
		try {
			result = PropertyCalculator.calculate(property, gas, temperature, pressure);
		} catch (PropertyInputException e) {
			throw new UserError(e.getMessage());
		}
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (json) {
			out.println(result.toJson());
		} else {
			out.println(text(result));
		}
		for (String warning : result.warnings()) {
			err.println("cryo: warning: " + warning);
		}
		if (!result.valid() && result.warnings().isEmpty()) {
			err.println("cryo: warning: outside the validity range of " + result.model());
		}
		out.flush();
		err.flush();
		return CryoCli.OK;
	}

	private static String text(PropertyResult r) {
		StringBuilder sb = new StringBuilder();
		sb.append(r.property()).append('(').append(r.gas());
		r.inputs().forEach((name, input) -> sb.append(", ").append(name).append(" = ")
				.append(number(input.value())).append(' ').append(input.unit()));
		sb.append(") = ").append(number(r.value())).append(' ').append(r.unit());
		if (!r.valid()) {
			sb.append("   [NOT VALID: outside the model's range]");
		}
		sb.append(System.lineSeparator()).append("  model:  ").append(r.model());
		sb.append(System.lineSeparator()).append("  source: ").append(r.source());
		for (ValidityRange range : r.validRange()) {
			sb.append(System.lineSeparator()).append("  range:  ").append(range.quantity()).append(" in [")
					.append(number(range.min())).append(", ").append(number(range.max())).append("] ")
					.append(range.unit());
		}
		return sb.toString();
	}

	private static String number(double v) {
		return String.format(Locale.ROOT, "%.6g", v).replaceFirst("(\\.\\d*?)0+($|e)", "$1$2").replace(".e", "e")
				.replaceFirst("\\.$", "");
	}
}
