package org.cryostudio.diagram.core.scene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One view of a spec as nodes and edges, in the order of the spec. Built by a mapping, measured
 * and laid out by {@code SceneLayout}, drawn by {@code ScenePainter} on any {@code Painter}.
 */
public final class Scene {

	private final DiagramView view;
	private final Map<String, SceneNode> nodes = new LinkedHashMap<>();
	private final List<SceneEdge> edges = new ArrayList<>();

	public Scene(DiagramView view) {
		this.view = view;
	}

	public DiagramView view() {
		return view;
	}

	/** Adds a node; a second node with the same id replaces nothing and is ignored. */
	public SceneNode add(SceneNode node) {
		return nodes.putIfAbsent(node.id(), node) == null ? node : nodes.get(node.id());
	}

	/** Adds an edge when both its ends are nodes of this scene; @return whether it was added */
	public boolean add(SceneEdge edge) {
		if (!nodes.containsKey(edge.source()) || !nodes.containsKey(edge.target())) {
			return false;
		}
		edges.add(edge);
		return true;
	}

	public List<SceneNode> nodes() {
		return Collections.unmodifiableList(new ArrayList<>(nodes.values()));
	}

	public List<SceneEdge> edges() {
		return Collections.unmodifiableList(edges);
	}

	public SceneNode node(String id) {
		return nodes.get(id);
	}

	/** @return the nodes and edges that show the spec element with this qualified name */
	public List<SceneElement> elementsOf(String qualifiedName) {
		List<SceneElement> result = new ArrayList<>();
		for (SceneNode n : nodes.values()) {
			if (qualifiedName.equals(n.element())) {
				result.add(n);
			}
		}
		for (SceneEdge e : edges) {
			if (qualifiedName.equals(e.element())) {
				result.add(e);
			}
		}
		return result;
	}

	public boolean isEmpty() {
		return nodes.isEmpty();
	}

	/** @return the rectangle around every node and edge route, {@link Bounds#EMPTY} for an empty scene */
	public Bounds extent() {
		Bounds b = Bounds.EMPTY;
		for (SceneNode n : nodes.values()) {
			b = b.union(n.bounds());
		}
		for (SceneEdge e : edges) {
			for (Point p : e.route()) {
				b = b.union(new Bounds(p.x(), p.y(), 0, 0));
			}
		}
		return b;
	}
}
