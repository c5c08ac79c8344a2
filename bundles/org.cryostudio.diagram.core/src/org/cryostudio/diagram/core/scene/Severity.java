package org.cryostudio.diagram.core.scene;

/** The worst validation finding on a diagram element; ordered from harmless to fatal. */
public enum Severity {
	NONE, INFO, WARNING, ERROR;

	public Severity max(Severity other) {
		return other.ordinal() > ordinal() ? other : this;
	}
}
