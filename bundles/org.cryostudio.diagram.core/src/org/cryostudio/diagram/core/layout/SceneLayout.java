package org.cryostudio.diagram.core.layout;

import java.util.Map;

import org.cryostudio.diagram.core.render.NodeGeometry;
import org.cryostudio.diagram.core.render.TextMeasure;
import org.cryostudio.diagram.core.scene.Point;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneNode;

/**
 * Lays out a scene: sizes every node from its texts, keeps the nodes whose position is given,
 * places the others with ELK Layered relative to their placed neighbours, and routes the edges.
 * ELK runs only when some node has no given position.
 */
public final class SceneLayout {

	private SceneLayout() {
	}

	/**
	 * @param fixed positions that must not change (user-set ones and those already on screen)
	 */
	public static void apply(Scene scene, TextMeasure measure, Map<String, Point> fixed) {
		for (SceneNode n : scene.nodes()) {
			NodeGeometry.measure(n, measure);
		}
		boolean allFixed = scene.nodes().stream().allMatch(n -> fixed.containsKey(n.id()));
		Map<String, Point> positions = allFixed ? fixed : Placement.merge(scene, LayeredAutoLayout.layout(scene), fixed);
		for (SceneNode n : scene.nodes()) {
			n.moveTo(positions.get(n.id()));
		}
		OrthogonalRouter.route(scene);
	}
}
