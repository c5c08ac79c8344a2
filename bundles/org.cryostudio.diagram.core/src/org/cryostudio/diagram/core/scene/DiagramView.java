package org.cryostudio.diagram.core.scene;

import java.util.Locale;

/** The two schematics of a spec: gas flow (vacuum) and heat flow (thermal). */
public enum DiagramView {
	VACUUM("Vacuum"), THERMAL("Thermal");

	private final String label;

	DiagramView(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** @return the lower-case key used in the layout file */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the view of a layout-file key, or null when the key names no view */
	public static DiagramView ofKey(String key) {
		for (DiagramView v : values()) {
			if (v.key().equals(key)) {
				return v;
			}
		}
		return null;
	}
}
