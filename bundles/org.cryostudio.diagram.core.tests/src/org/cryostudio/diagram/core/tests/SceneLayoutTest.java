package org.cryostudio.diagram.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cryostudio.diagram.core.layout.SceneLayout;
import org.cryostudio.diagram.core.render.AwtTextMeasure;
import org.cryostudio.diagram.core.scene.Bounds;
import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.EdgeSymbol;
import org.cryostudio.diagram.core.scene.NodeSymbol;
import org.cryostudio.diagram.core.scene.Point;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneEdge;
import org.cryostudio.diagram.core.scene.SceneNode;
import org.junit.jupiter.api.Test;

class SceneLayoutTest {

	@Test
	void automaticLayoutPlacesGasFlowLeftToRightWithoutOverlaps() {
		Scene s = chain(6);
		SceneLayout.apply(s, AwtTextMeasure.get(), Map.of());
		assertNoOverlaps(s);
		for (SceneEdge e : s.edges()) {
			assertTrue(s.node(e.source()).bounds().x() < s.node(e.target()).bounds().x(), e.id());
			assertTrue(e.route().size() >= 2, "routed " + e.id());
		}
	}

	@Test
	void thermalViewFlowsTopToBottom() {
		Scene s = new Scene(DiagramView.THERMAL);
		s.add(new SceneNode("S.room", "S.room", "room", NodeSymbol.STAGE, List.of("300 K")));
		s.add(new SceneNode("S.shield", "S.shield", "shield", NodeSymbol.SHIELD, List.of("50 K")));
		s.add(new SceneEdge("S.r", "S.r", "r", EdgeSymbol.RADIATION, "S.room", "S.shield", List.of()));
		SceneLayout.apply(s, AwtTextMeasure.get(), Map.of());
		assertTrue(s.node("S.room").bounds().bottom() < s.node("S.shield").bounds().y());
		List<Point> route = s.edges().get(0).route();
		assertEquals(2, route.size(), "stages facing each other are joined by one straight segment");
		assertEquals(route.get(0).x(), route.get(1).x(), 1e-9);
	}

	@Test
	void fixedNodesStayExactlyAndANewNeighbourIsPlacedBesideItsPlacedNeighbourWithoutOverlap() {
		Scene first = chain(3);
		SceneLayout.apply(first, AwtTextMeasure.get(), Map.of());
		Map<String, Point> onScreen = new HashMap<>();
		for (SceneNode n : first.nodes()) {
			onScreen.put(n.id(), n.position());
		}
		onScreen.put("S.n1", new Point(500, 400)); // the user moved one

		Scene second = chain(4); // a text edit added S.n3 after S.n2
		SceneLayout.apply(second, AwtTextMeasure.get(), onScreen);
		for (String id : List.of("S.n0", "S.n1", "S.n2")) {
			assertEquals(onScreen.get(id), second.node(id).position(), id + " did not move");
		}
		SceneNode added = second.node("S.n3");
		Bounds n2 = second.node("S.n2").bounds();
		assertTrue(added.bounds().x() > n2.x(), "new pump to the right of the node it is piped to");
		assertTrue(Math.abs(added.bounds().center().y() - n2.center().y()) < 200, "and near it");
		assertNoOverlaps(second);
	}

	@Test
	void partsWithoutAnyPlacedNodeGoBelowThePlacedOnes() {
		Scene s = chain(2);
		s.add(new SceneNode("S.lonely", "S.lonely", "lonely", NodeSymbol.CHAMBER, List.of()));
		SceneLayout.apply(s, AwtTextMeasure.get(), Map.of("S.n0", new Point(0, 0), "S.n1", new Point(200, 0)));
		double bottom = Math.max(s.node("S.n0").bounds().bottom(), s.node("S.n1").bounds().bottom());
		assertTrue(s.node("S.lonely").bounds().y() > bottom);
	}

	@Test
	void parallelEdgesBetweenTheSameNodesAreSpreadApart() {
		Scene s = chain(2);
		s.add(new SceneEdge("S.e2", "S.e2", "e2", EdgeSymbol.VALVE_OPEN, "S.n0", "S.n1", List.of()));
		SceneLayout.apply(s, AwtTextMeasure.get(), Map.of());
		List<Point> a = s.edges().get(0).route();
		List<Point> b = s.edges().get(1).route();
		assertFalse(a.equals(b));
	}

	/** chamber -> tube -> pump -> ... as n0, n1, ... */
	static Scene chain(int n) {
		Scene s = new Scene(DiagramView.VACUUM);
		for (int i = 0; i < n; i++) {
			s.add(new SceneNode("S.n" + i, "S.n" + i, "n" + i, i == 0 ? NodeSymbol.CHAMBER : NodeSymbol.TURBO_PUMP,
					List.of("S 300 L/s")));
			if (i > 0) {
				s.add(new SceneEdge("S.t" + i, "S.t" + i, "t" + i, EdgeSymbol.TUBE, "S.n" + (i - 1), "S.n" + i,
						List.of("Ø 100 mm")));
			}
		}
		return s;
	}

	static void assertNoOverlaps(Scene s) {
		List<SceneNode> nodes = s.nodes();
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				assertFalse(nodes.get(i).bounds().intersects(nodes.get(j).bounds(), 0),
						nodes.get(i).id() + " overlaps " + nodes.get(j).id());
			}
		}
	}
}
