package org.cryostudio.diagram.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.cryostudio.diagram.core.mapping.SceneBuilder;
import org.cryostudio.diagram.core.mapping.SpecLoader;
import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.EdgeSymbol;
import org.cryostudio.diagram.core.scene.NodeSymbol;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneEdge;
import org.cryostudio.diagram.core.scene.SceneNode;
import org.cryostudio.diagram.core.scene.Severity;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** The two views of a spec: which element becomes which symbol, with which values and findings. */
class SceneBuilderTest {

	static final SpecLoader LOADER = SpecLoader.standard();

	static String cryostat() throws IOException {
		return Files.readString(Path.of(System.getProperty("cryo.testspecs", "specs"), "cryostat.cryo"));
	}

	static XtextResource parse(String text) throws IOException {
		return LOADER.parse(text, URI.createFileURI("/tmp/diagram-test/cryostat.cryo"));
	}

	@Test
	void theTestSpecIsFreeOfErrors() throws IOException {
		XtextResource r = parse(cryostat());
		List<Issue> errors = LOADER.validate(r).stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
		assertEquals(List.of(), errors);
	}

	@Test
	void vacuumViewShowsVolumesPumpsAndSourcesAsNodesAndConductancesAsConnections() throws IOException {
		Scene s = SceneBuilder.build(parse(cryostat()), DiagramView.VACUUM);
		assertEquals(List.of("Cryostat.ivc", "Cryostat.port", "Cryostat.tmp", "Cryostat.scroll", "Cryostat.walls", "Cryostat.seal"),
				s.nodes().stream().map(SceneNode::id).toList());
		assertEquals(NodeSymbol.CHAMBER, s.node("Cryostat.ivc").symbol());
		assertEquals(List.of("cryostat", "V 0.12 m³", "A 1.6 m²", "T 295 K"), s.node("Cryostat.ivc").values());
		assertEquals(NodeSymbol.TURBO_PUMP, s.node("Cryostat.tmp").symbol());
		assertEquals(List.of("S N2 300 L/s  (+1)"), s.node("Cryostat.tmp").values());
		assertEquals(List.of("S 10 m³/h at 100 Pa", "p₀ 2 Pa"), s.node("Cryostat.scroll").values());
		assertEquals(NodeSymbol.LEAK, s.node("Cryostat.seal").symbol());

		SceneEdge gate = edge(s, "Cryostat.gate");
		assertEquals(EdgeSymbol.VALVE_OPEN, gate.symbol());
		assertEquals("Cryostat.ivc", gate.source());
		assertEquals("Cryostat.port", gate.target());
		assertEquals(List.of("Ø 100 mm"), gate.values());
		SceneEdge mount = edge(s, "Cryostat.tmp#on");
		assertEquals(EdgeSymbol.MOUNT, mount.symbol());
		assertEquals("Cryostat.port", mount.source());
		assertEquals("Cryostat.tmp", mount.element(), "selecting the mount selects the pump");
		SceneEdge feed = edge(s, "Cryostat.walls#on");
		assertEquals(EdgeSymbol.GAS_FLOW, feed.symbol());
		assertEquals("Cryostat.ivc", feed.target());
	}

	@Test
	void thermalViewShowsStagesWarmToColdCoolersLoadsAndLinks() throws IOException {
		Scene s = SceneBuilder.build(parse(cryostat()), DiagramView.THERMAL);
		assertEquals(List.of("Cryostat.room", "Cryostat.shield", "Cryostat.plate", "Cryostat.pt", "Cryostat.detector"),
				s.nodes().stream().map(SceneNode::id).toList());
		assertEquals(NodeSymbol.STAGE, s.node("Cryostat.plate").symbol());
		assertEquals(3.0, s.node("Cryostat.plate").temperature(), 1e-12);
		assertEquals(NodeSymbol.COOLER, s.node("Cryostat.pt").symbol());
		assertEquals(List.of("pulse-tube", "40 W at 45 K  (+1)"), s.node("Cryostat.pt").values());
		assertEquals(EdgeSymbol.MLI, edge(s, "Cryostat.outer").symbol());
		assertEquals(EdgeSymbol.RADIATION, edge(s, "Cryostat.inner").symbol());
		assertEquals(EdgeSymbol.CONDUCTION, edge(s, "Cryostat.legs").symbol());
		assertEquals(List.of("support G10CR", "n 3", "L 60 mm"), edge(s, "Cryostat.legs").values());
		SceneEdge cooling = edge(s, "Cryostat.plate#cooling");
		assertEquals("Cryostat.pt", cooling.target());
		assertEquals("stage 2", cooling.caption());
		assertEquals("Cryostat.plate", edge(s, "Cryostat.detector#on").target());
	}

	@Test
	void aLinkWrittenColdToWarmIsStillDrawnFromTheWarmStage() throws IOException {
		Scene s = SceneBuilder.build(parse(cryostat().replace("between shield and plate", "between plate and shield")),
				DiagramView.THERMAL);
		assertEquals("Cryostat.shield", edge(s, "Cryostat.inner").source());
	}

	@Test
	void findingsAreShownOnTheElementTheyAreAbout() throws IOException {
		XtextResource r = parse(cryostat().replace("volume 0.12 m3", "volume 0.12 K"));
		Scene s = SceneBuilder.build(r, DiagramView.VACUUM);
		SceneBuilder.addFindings(s, r, LOADER.validate(r));
		SceneNode ivc = s.node("Cryostat.ivc");
		assertEquals(Severity.ERROR, ivc.severity(), ivc.findings().toString());
		assertTrue(ivc.findings().stream().anyMatch(m -> m.contains("volume")), ivc.findings().toString());
		assertEquals(Severity.NONE, s.node("Cryostat.tmp").severity());
	}

	@Test
	void anUnresolvedEndLeavesTheConnectionOutButKeepsTheNodes() throws IOException {
		XtextResource r = parse(cryostat().replace("from ivc to port", "from ivc to nowhere"));
		Scene s = SceneBuilder.build(r, DiagramView.VACUUM);
		assertTrue(s.edges().stream().noneMatch(e -> e.id().equals("Cryostat.gate")));
		assertNotNull(s.node("Cryostat.ivc"));
	}

	static SceneEdge edge(Scene s, String id) {
		return s.edges().stream().filter(e -> e.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError(id + " not in " + s.edges().stream().map(SceneEdge::id).collect(Collectors.joining(", "))));
	}
}
