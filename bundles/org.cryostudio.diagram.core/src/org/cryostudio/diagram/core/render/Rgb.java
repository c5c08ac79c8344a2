package org.cryostudio.diagram.core.render;

/** A colour, independent of SWT and AWT. */
public record Rgb(int red, int green, int blue) {

	public String hex() {
		return String.format("#%02x%02x%02x", red, green, blue);
	}
}
