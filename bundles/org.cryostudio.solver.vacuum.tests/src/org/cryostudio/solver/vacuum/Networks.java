package org.cryostudio.solver.vacuum;

import java.util.List;
import java.util.Map;

import org.cryostudio.analysis.model.Requirement;
import org.cryostudio.analysis.model.Scenario;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.vacuum.ConstantFlow;
import org.cryostudio.analysis.vacuum.ConstantSpeedPump;
import org.cryostudio.analysis.vacuum.Duct;
import org.cryostudio.analysis.vacuum.GasLoad;
import org.cryostudio.analysis.vacuum.PumpPort;
import org.cryostudio.analysis.vacuum.Schedule;
import org.cryostudio.analysis.vacuum.VacuumNetwork;
import org.cryostudio.analysis.vacuum.VacuumVolume;
import org.cryostudio.physics.fluids.Gas;

/** Small networks for the closed-form tests. */
final class Networks {

	private Networks() {
	}

	/** One volume pumped by a constant-speed pump through the given ducts, with loads and an initial fill. */
	static SystemModel singleVolume(double volume, double speed, List<Duct> ducts, List<GasLoad> loads,
			Map<Gas, Double> initial, double end, List<Requirement> requirements) {
		VacuumNetwork net = new VacuumNetwork(List.of(new VacuumVolume("chamber", volume, 1.0, 293.15)), loads, List.of(),
				List.of(new PumpPort("pump", "chamber", new ConstantSpeedPump(Map.of(), speed, "test pump"), ducts,
						Schedule.ALWAYS)),
				List.of(), initial, List.of());
		return SystemModel.builder("Test").vacuum(net).scenario(new Scenario(end, 1, 1)).requirements(requirements).build();
	}

	static GasLoad leak(Gas gas, double q) {
		return ConstantFlow.always("leak " + gas.symbol(), "chamber", gas, q);
	}
}
