package org.cryostudio.analysis.vacuum;

import java.util.List;

import org.cryostudio.analysis.model.InvalidModelException;
import org.cryostudio.physics.kinetic.GasKinetics;

/**
 * Ducts in series between two volumes, e.g. a tube and a valve. The conductance of the chain is
 * 1/C = sum 1/C_i (each element evaluated at the mean pressure of the two volumes). This simple
 * series rule counts every entrance again and so errs low (conservative) for adjacent
 * short elements in molecular flow; Oatley's rule is used where elements share a cross-section
 * ({@link org.cryostudio.physics.vacuum.SeriesTransmission}) only inside the physics elements.
 *
 * @param name     element name
 * @param from     volume name
 * @param to       volume name
 * @param ducts    the chain, at least one element
 * @param schedule when it is open (valves); {@link Schedule#ALWAYS} for plain ducts
 */
public record Connection(String name, String from, String to, List<Duct> ducts, Schedule schedule) {

	public Connection {
		ducts = List.copyOf(ducts);
		if (ducts.isEmpty()) {
			throw new InvalidModelException(name, "a connection needs at least one duct");
		}
		if (from.equals(to)) {
			throw new InvalidModelException(name, "connects " + from + " to itself");
		}
	}

	/** @return the chain's conductance, m3/s */
	public double conductance(GasKinetics gas, double temperature, double pressureFrom, double pressureTo) {
		return seriesConductance(ducts, gas, temperature, pressureFrom, pressureTo);
	}

	/** @return 1 / sum(1/C_i), m3/s */
	static double seriesConductance(List<Duct> ducts, GasKinetics gas, double temperature, double p1, double p2) {
		if (ducts.size() == 1) {
			return ducts.get(0).conductance(gas, temperature, p1, p2);
		}
		double r = 0;
		for (Duct d : ducts) {
			r += 1.0 / d.conductance(gas, temperature, p1, p2);
		}
		return 1.0 / r;
	}

	/** @return the smallest characteristic dimension of the chain, m (decides its flow regime) */
	public double characteristicDimension() {
		return ducts.stream().mapToDouble(Duct::characteristicDimension).min().orElseThrow();
	}
}
