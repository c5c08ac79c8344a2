package org.cryostudio.diagram.core.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.Point;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneEdge;
import org.cryostudio.diagram.core.scene.SceneNode;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places every node of a measured scene with ELK Layered: gas flows left to right from sources
 * through volumes to pumps, heat flows top to bottom from warm stages to cold ones. Spec order
 * is kept where the layering allows it, so the result is deterministic and close to how the
 * spec reads. The layered provider is called directly: no layout-service registry is needed,
 * which keeps this usable on a plain class path.
 */
public final class LayeredAutoLayout {

	static {
		// registers ELK's option types (padding, vectors) for cloning; OSGi or not, nothing else does
		LayoutMetaDataService.getInstance();
	}

	private LayeredAutoLayout() {
	}

	/** @return the top-left corner ELK chose for each node id, in scene order */
	public static Map<String, Point> layout(Scene scene) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.DIRECTION, scene.view() == DiagramView.THERMAL ? Direction.DOWN : Direction.RIGHT);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
		root.setProperty(CoreOptions.SPACING_NODE_NODE, 40.0);
		root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 60.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 90.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
		root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);

		Map<String, ElkNode> elk = new LinkedHashMap<>();
		for (SceneNode n : scene.nodes()) {
			ElkNode node = ElkGraphUtil.createNode(root);
			node.setIdentifier(n.id());
			node.setDimensions(n.width(), n.height());
			elk.put(n.id(), node);
		}
		for (SceneEdge e : scene.edges()) {
			if (!e.source().equals(e.target())) {
				ElkGraphUtil.createSimpleEdge(elk.get(e.source()), elk.get(e.target()));
			}
		}
		new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());

		Map<String, Point> result = new HashMap<>();
		// whole units: positions then diff cleanly in the layout file and stay put when dragged
		elk.forEach((id, node) -> result.put(id, new Point(Math.round(node.getX()), Math.round(node.getY()))));
		return result;
	}
}
