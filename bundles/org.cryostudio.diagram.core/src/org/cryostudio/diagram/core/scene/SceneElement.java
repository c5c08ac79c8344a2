package org.cryostudio.diagram.core.scene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What nodes and edges share: an id unique in the scene, the qualified name of the spec element
 * it shows (what selection links to), a caption, value lines and the validation findings on it.
 */
public abstract sealed class SceneElement permits SceneNode, SceneEdge {

	private final String id;
	private final String element;
	private final String caption;
	private final List<String> values;
	private Severity severity = Severity.NONE;
	private final List<String> findings = new ArrayList<>();

	protected SceneElement(String id, String element, String caption, List<String> values) {
		this.id = id;
		this.element = element;
		this.caption = caption;
		this.values = List.copyOf(values);
	}

	/** @return the key of this element in the scene and in the layout file */
	public String id() {
		return id;
	}

	/** @return the qualified name of the spec element shown, for selection and editing */
	public String element() {
		return element;
	}

	/** @return the name shown in bold (the element's simple name) */
	public String caption() {
		return caption;
	}

	/** @return key values shown under the caption, already formatted ("0.35 m³", "12 K") */
	public List<String> values() {
		return values;
	}

	public Severity severity() {
		return severity;
	}

	/** @return the messages of the findings on this element, worst first as they were added */
	public List<String> findings() {
		return Collections.unmodifiableList(findings);
	}

	public void addFinding(Severity s, String message) {
		severity = severity.max(s);
		findings.add(message);
	}
}
