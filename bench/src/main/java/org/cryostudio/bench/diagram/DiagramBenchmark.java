package org.cryostudio.bench.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.cryostudio.diagram.core.export.PngWriter;
import org.cryostudio.diagram.core.export.SvgWriter;
import org.cryostudio.diagram.core.layout.SceneLayout;
import org.cryostudio.diagram.core.render.AwtTextMeasure;
import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.EdgeSymbol;
import org.cryostudio.diagram.core.scene.NodeSymbol;
import org.cryostudio.diagram.core.scene.Point;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneEdge;
import org.cryostudio.diagram.core.scene.SceneNode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Layout and drawing of a generated 200-node vacuum system (50 pumping stations: a chamber, a
 * manifold junction, a turbo pump and a cryopump behind a valve, chambers chained by valves;
 * 199 connections), the size issue 10 asks to lay out in under 300 ms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DiagramBenchmark {

	static final int STATIONS = 50;

	private Map<String, Point> placed;
	private Scene laidOut;

	/** @return the unplaced scene of the generated system, plus {@code extra} new pumps on station 0 */
	static Scene generated(int extra) {
		Scene s = new Scene(DiagramView.VACUUM);
		for (int i = 0; i < STATIONS; i++) {
			String c = "S.chamber" + i;
			String j = "S.manifold" + i;
			String tmp = "S.tmp" + i;
			String cp = "S.cp" + i;
			s.add(new SceneNode(c, c, "chamber" + i, NodeSymbol.CHAMBER, List.of("V 0.35 m³", "A 3.2 m²", "T 295 K")));
			s.add(new SceneNode(j, j, "manifold" + i, NodeSymbol.JUNCTION, List.of()));
			s.add(new SceneNode(tmp, tmp, "tmp" + i, NodeSymbol.TURBO_PUMP, List.of("S N2 300 L/s")));
			s.add(new SceneNode(cp, cp, "cp" + i, NodeSymbol.CRYOPUMP, List.of("panel 12 K", "S N2 1500 L/s")));
			s.add(new SceneEdge("S.port" + i, "S.port" + i, "port" + i, EdgeSymbol.TUBE, c, j, List.of("Ø 200 mm", "L 150 mm")));
			s.add(new SceneEdge("S.tmp" + i + "#on", "S.tmp" + i, "", EdgeSymbol.MOUNT, j, tmp, List.of()));
			s.add(new SceneEdge("S.gate" + i, "S.gate" + i, "gate" + i, EdgeSymbol.VALVE_OPEN, j, cp, List.of("Ø 160 mm")));
			if (i > 0) {
				s.add(new SceneEdge("S.link" + i, "S.link" + i, "link" + i, EdgeSymbol.VALVE_CLOSED, "S.chamber" + (i - 1), c,
						List.of("Ø 100 mm")));
			}
		}
		for (int k = 0; k < extra; k++) {
			String id = "S.extra" + k;
			s.add(new SceneNode(id, id, "extra" + k, NodeSymbol.ION_PUMP, List.of("S N2 50 L/s")));
			s.add(new SceneEdge(id + "#on", id, "", EdgeSymbol.MOUNT, "S.chamber0", id, List.of()));
		}
		return s;
	}

	@Setup(Level.Trial)
	public void setUp() {
		System.setProperty("java.awt.headless", "true");
		laidOut = generated(0);
		SceneLayout.apply(laidOut, AwtTextMeasure.get(), Map.of());
		placed = new HashMap<>();
		laidOut.nodes().forEach(n -> placed.put(n.id(), n.position()));
	}

	/** Opening a diagram with no layout file: ELK layered places all 200 nodes, then edges are routed. */
	@Benchmark
	public Scene autoLayout200() {
		Scene s = generated(0);
		SceneLayout.apply(s, AwtTextMeasure.get(), Map.of());
		return s;
	}

	/** A text edit adds one pump: 200 nodes keep their places, the new one goes beside its chamber. */
	@Benchmark
	public Scene relayoutAfterEdit200() {
		Scene s = generated(1);
		SceneLayout.apply(s, AwtTextMeasure.get(), placed);
		return s;
	}

	/** A text edit that adds nothing (a value changed): no ELK run, only measuring and routing. */
	@Benchmark
	public Scene relayoutAllPlaced200() {
		Scene s = generated(0);
		SceneLayout.apply(s, AwtTextMeasure.get(), placed);
		return s;
	}

	@Benchmark
	public byte[] renderPng200() {
		return PngWriter.write(laidOut, 1);
	}

	@Benchmark
	public String renderSvg200() {
		return SvgWriter.write(laidOut);
	}
}
