package org.cryostudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cryostudio.analysis.build.SpecModelBuilder;
import org.cryostudio.analysis.build.SpecModelException;
import org.cryostudio.analysis.model.Requirement;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.thermal.MliLink;
import org.cryostudio.analysis.thermal.ThermalNode;
import org.cryostudio.analysis.vacuum.ConstantFlow;
import org.cryostudio.analysis.vacuum.Cryopump;
import org.cryostudio.analysis.vacuum.Outgassing;
import org.cryostudio.analysis.vacuum.PumpPort;
import org.cryostudio.analysis.vacuum.Trigger;
import org.cryostudio.analysis.vacuum.TubeDuct;
import org.cryostudio.dsl.cryo.Model;
import org.cryostudio.physics.fluids.Gas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spec model builder turns the language's elements into SI networks, following catalog types. */
class SpecModelBuilderTest {

	@TempDir
	Path dir;

	private SystemModel build(String text) throws Exception {
		Path file = dir.resolve("spec" + System.nanoTime() + ".cryo");
		Files.writeString(file, text);
		SpecChecker checker = new SpecChecker();
		List<Diagnostic> d = checker.check(List.of(file.toString()));
		assertTrue(d.stream().noneMatch(Diagnostic::isError), d.toString());
		List<SystemModel> systems = SpecModelBuilder.build((Model) checker.load(file.toString()).getContents().get(0));
		assertEquals(1, systems.size());
		return systems.get(0);
	}

	private static final String CHAMBER = """
			catalog Pumps {
				cryopump Small { panel temperature 12 K  sorbent charcoal  speed N2 1500 L/s, He 800 L/s  capacity He 20 Pa*m3 }
			}
			system S {
				chamber main { volume 0.5 m3  wall area 3 m2  wall temperature 295 K }
				outgassing water on main { gas H2O  rate 2e-7 Pa*m3/(s*m2) at 10 h  decay 1 }
				leak air into main { gas DryAir  rate 1e-8 Pa*m3/s }
				cryopump cp : Pumps.Small { speed N2 1000 L/s }
				tube port from main to cp { diameter 100 mm  length 200 mm }
				roughing rp on main { speed 10 m3/h  ultimate pressure 1 Pa }
				scenario down {
					rough main with rp until 20 Pa
					pump main with cp for 24 h
				}
				require base: pressure(main) < 1e-6 Pa after 24 h
			}
			""";

	@Test
	void vacuumElementsBecomeANetworkInSi() throws Exception {
		SystemModel m = build(CHAMBER);
		assertEquals(0.5, m.vacuum().volume("main").volume(), 1e-12);
		PumpPort cp = m.vacuum().pumps().stream().filter(p -> p.name().equals("cp")).findFirst().orElseThrow();
		Cryopump pump = assertInstanceOf(Cryopump.class, cp.pump());
		assertEquals(1.0, pump.speeds().get(Gas.N2), 1e-12, "the instance overrides its type's N2 speed");
		assertEquals(0.8, pump.speeds().get(Gas.HE), 1e-12, "the type's He speed is kept");
		assertEquals(20.0, pump.capacities().get(Gas.HE), 1e-12);
		assertTrue(pump.sorbent(), "'sorbent charcoal' (the enum's default literal) is seen");
		assertEquals(new TubeDuct(0.1, 0.2), cp.ducts().get(0));
		Outgassing water = (Outgassing) m.vacuum().loads().stream().filter(l -> l.name().equals("water")).findFirst().orElseThrow();
		// q(t) = q1 (t/1h)^-1 with 2e-7 at 10 h: q1 = 2e-6 Pa m/s, over the 3 m2 wall
		assertEquals(2e-6, water.law().q1(), 1e-18);
		assertEquals(3.0, water.area(), 1e-12);
		// the DryAir leak splits by the standard library's mole fractions
		double n2 = m.vacuum().loads().stream().filter(l -> l.gas() == Gas.N2).mapToDouble(l -> ((ConstantFlow) l).throughput())
				.sum();
		assertEquals(0.78084 / (0.78084 + 0.209476 + 0.00934 + 0.000314) * 1e-8, n2, 1e-14);
		// rough until 20 Pa, then the cryopump starts at that crossover
		PumpPort rp = m.vacuum().pumps().stream().filter(p -> p.name().equals("rp")).findFirst().orElseThrow();
		assertEquals(new Trigger.WhenBelow("main", 20.0), rp.schedule().off());
		assertEquals(new Trigger.WhenBelow("main", 20.0), cp.schedule().on());
		Requirement base = m.requirements().get(0);
		assertEquals("pressure(main) < 1e-6 Pa after 24 h", base.text());
		assertEquals(86400.0, base.after().getAsDouble(), 1e-9);
		assertTrue(m.scenario().pumpdownEnd() >= 86400.0);
	}

	@Test
	void stagesLinksAndCoolersBecomeAThermalNetwork() throws Exception {
		SystemModel m = build("""
				system T {
					stage room { temperature 293 K  fixed }
					stage shield { floating }
					stage cold { temperature 4.2 K  cooled by cc  mass 10 kg  material OFHC_RRR100 }
					radiation outer between room and shield { area 2 m2  layers 30  layer density 20 1/cm }
					radiation inner between shield and cold { area 1.5 m2  emissivity 0.05, 0.05 }
					cryocooler cc { capacity 0.5 W at 3 K, 1.5 W at 4.2 K, 3 W at 6 K  input power 7 kW }
					load wiring on cold { power 50 mW }
				}
				""");
		ThermalNode shield = m.thermal().nodes().stream().filter(n -> n.name().equals("shield")).findFirst().orElseThrow();
		assertTrue(!shield.isHeld());
		ThermalNode cold = m.thermal().nodes().stream().filter(n -> n.name().equals("cold")).findFirst().orElseThrow();
		assertTrue(!cold.isHeld(), "a stage on a cooler with a load map settles where load meets capacity");
		assertTrue(cold.heatCapacity(10) > 0);
		MliLink mli = (MliLink) m.thermal().links().get(0);
		assertEquals(30, mli.layers());
		assertEquals(20.0, mli.layerDensity(), 1e-9, "layers per cm");
		assertEquals(1.5, m.thermal().coolers().get(0).capacity().at(4.2), 1e-12);
		assertEquals(0.05, m.thermal().loads().get(0).power(), 1e-15);
	}

	@Test
	void aConductanceWithoutItsSizeIsALocatedError() throws Exception {
		Path file = dir.resolve("bad.cryo");
		Files.writeString(file, "system S {\n\tchamber a { volume 1 m3 }\n\tturbo t { speed N2 100 L/s }\n\ttube x from a to t { length 1 m }\n}\n");
		SpecChecker checker = new SpecChecker();
		checker.check(List.of(file.toString()));
		SpecModelException e = assertThrows(SpecModelException.class,
				() -> SpecModelBuilder.build((Model) checker.load(file.toString()).getContents().get(0)));
		assertEquals(4, e.line());
		assertTrue(e.getMessage().contains("x needs its diameter"), e.getMessage());
	}
}
