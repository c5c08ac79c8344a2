package org.cryostudio.analysis.model;

import java.util.Objects;

import org.cryostudio.analysis.vacuum.VacuumNetwork;

/**
 * The vacuum network during a process scenario (fuelling, plasma pulses, a process gas run): the
 * pumps that run once the system is pumped down, less those the scenario regenerates, with the
 * scenario's gas flows. Requirements "during" the scenario are checked on it.
 *
 * @param scenario the scenario's name
 * @param peak     flows at their full throughput (the pressure during a pulse, quasi-steady)
 * @param mean     flows at their mean over the pulse period (what the pumps collect)
 */
public record ProcessCase(String scenario, VacuumNetwork peak, VacuumNetwork mean) {

	public ProcessCase {
		Objects.requireNonNull(scenario, "scenario");
		Objects.requireNonNull(peak, "peak");
		Objects.requireNonNull(mean, "mean");
	}
}
