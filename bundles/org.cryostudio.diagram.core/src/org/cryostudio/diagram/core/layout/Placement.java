package org.cryostudio.diagram.core.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cryostudio.diagram.core.scene.Bounds;
import org.cryostudio.diagram.core.scene.Point;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneEdge;
import org.cryostudio.diagram.core.scene.SceneNode;

/**
 * Merges positions that must not move (set by the user, or already on screen) with a fresh
 * automatic layout. A fixed node stays exactly where it is. A free node connected to placed
 * nodes keeps the offset the automatic layout gave it from its first placed neighbour, so a new
 * pump appears beside the chamber it is piped to; free parts with no placed node go below
 * everything. Free nodes are then pushed down until they overlap nothing.
 */
public final class Placement {

	static final double MARGIN = 24;
	static final double COMPONENT_GAP = 60;

	private Placement() {
	}

	/**
	 * @param auto  positions from the automatic layout, for every node of the scene
	 * @param fixed positions that win; ids not in the scene are ignored
	 * @return a position for every node of the scene
	 */
	public static Map<String, Point> merge(Scene scene, Map<String, Point> auto, Map<String, Point> fixed) {
		Map<String, Point> placed = new LinkedHashMap<>();
		for (SceneNode n : scene.nodes()) {
			Point p = fixed.get(n.id());
			if (p != null) {
				placed.put(n.id(), p);
			}
		}
		if (placed.isEmpty()) {
			return auto;
		}
		Map<String, List<String>> neighbours = neighbours(scene);
		Deque<String> queue = new ArrayDeque<>(placed.keySet());
		while (!queue.isEmpty()) {
			String u = queue.removeFirst();
			Point pu = placed.get(u);
			Point au = auto.get(u);
			for (String v : neighbours.getOrDefault(u, List.of())) {
				if (!placed.containsKey(v)) {
					Point av = auto.get(v);
					Point p = new Point(av.x() + pu.x() - au.x(), av.y() + pu.y() - au.y());
					placed.put(v, free(scene.node(v), p, scene, placed));
					queue.addLast(v);
				}
			}
		}
		// free components: below everything placed so far, keeping their automatic arrangement
		for (SceneNode n : scene.nodes()) {
			if (placed.containsKey(n.id())) {
				continue;
			}
			List<String> component = component(n.id(), neighbours, placed);
			Bounds extent = extent(scene, placed);
			Bounds own = Bounds.EMPTY;
			for (String id : component) {
				Point a = auto.get(id);
				own = own.union(new Bounds(a.x(), a.y(), scene.node(id).width(), scene.node(id).height()));
			}
			double dx = extent.x() - own.x();
			double dy = extent.bottom() + COMPONENT_GAP - own.y();
			for (String id : component) {
				Point a = auto.get(id);
				placed.put(id, free(scene.node(id), new Point(a.x() + dx, a.y() + dy), scene, placed));
			}
		}
		return placed;
	}

	/** Moves {@code p} down until a node of this size there overlaps no placed node. */
	private static Point free(SceneNode node, Point p, Scene scene, Map<String, Point> placed) {
		double y = p.y();
		for (int guard = 0; guard < 1000; guard++) {
			Bounds mine = new Bounds(p.x(), y, node.width(), node.height());
			Bounds hit = null;
			for (Map.Entry<String, Point> e : placed.entrySet()) {
				if (e.getKey().equals(node.id())) {
					continue;
				}
				SceneNode other = scene.node(e.getKey());
				Bounds b = new Bounds(e.getValue().x(), e.getValue().y(), other.width(), other.height());
				if (mine.intersects(b, MARGIN / 2)) {
					hit = b;
					break;
				}
			}
			if (hit == null) {
				return new Point(p.x(), y);
			}
			y = hit.bottom() + MARGIN;
		}
		return new Point(p.x(), y);
	}

	private static List<String> component(String start, Map<String, List<String>> neighbours, Map<String, Point> placed) {
		List<String> result = new ArrayList<>();
		Deque<String> queue = new ArrayDeque<>(List.of(start));
		Set<String> seen = new HashSet<>(List.of(start));
		while (!queue.isEmpty()) {
			String u = queue.removeFirst();
			result.add(u);
			for (String v : neighbours.getOrDefault(u, List.of())) {
				if (!placed.containsKey(v) && seen.add(v)) {
					queue.addLast(v);
				}
			}
		}
		return result;
	}

	private static Bounds extent(Scene scene, Map<String, Point> placed) {
		Bounds b = Bounds.EMPTY;
		for (Map.Entry<String, Point> e : placed.entrySet()) {
			SceneNode n = scene.node(e.getKey());
			b = b.union(new Bounds(e.getValue().x(), e.getValue().y(), n.width(), n.height()));
		}
		return b;
	}

	private static Map<String, List<String>> neighbours(Scene scene) {
		Map<String, List<String>> result = new HashMap<>();
		for (SceneEdge e : scene.edges()) {
			result.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
			result.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
		}
		return result;
	}
}
