package org.cryostudio.diagram.core.render;

/** The three text styles of a diagram, with their size in diagram units (pixels at 100 %). */
public enum TextStyle {
	CAPTION(12, true), VALUE(11, false), SMALL(9, false);

	private final double size;
	private final boolean bold;

	TextStyle(double size, boolean bold) {
		this.size = size;
		this.bold = bold;
	}

	/** @return the font size in diagram units */
	public double size() {
		return size;
	}

	public boolean bold() {
		return bold;
	}
}
