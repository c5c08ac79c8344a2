package org.cryostudio.diagram.core.render;

/** The colours and line widths of the diagrams, in one place so that every output agrees. */
public final class Theme {

	public static final Rgb BACKGROUND = new Rgb(255, 255, 255);
	public static final Rgb GRID = new Rgb(238, 241, 245);
	public static final Rgb INK = new Rgb(38, 50, 64);
	public static final Rgb MUTED = new Rgb(96, 110, 126);
	public static final Rgb CHAMBER_FILL = new Rgb(226, 236, 246);
	public static final Rgb SYMBOL_FILL = new Rgb(255, 255, 255);
	public static final Rgb COLD = new Rgb(28, 98, 196);
	public static final Rgb HEAT = new Rgb(196, 58, 30);
	public static final Rgb GAS = new Rgb(110, 84, 160);
	public static final Rgb SELECTION = new Rgb(0, 120, 215);
	public static final Rgb ERROR = new Rgb(200, 30, 30);
	public static final Rgb WARNING = new Rgb(224, 150, 0);
	public static final Rgb INFO = new Rgb(40, 120, 200);
	public static final Rgb WHITE = new Rgb(255, 255, 255);

	public static final double LINE = 1.6;
	public static final double DUCT = 2.4;

	private Theme() {
	}

	/**
	 * A temperature tint for thermal stages: blue at liquid-helium temperatures through violet to
	 * orange-red at room temperature and above, on a logarithmic scale (what matters cryogenically
	 * is the ratio of temperatures, not their difference).
	 *
	 * @param kelvin temperature, NaN for unknown (grey)
	 */
	public static Rgb temperature(double kelvin) {
		if (!(kelvin > 0)) {
			return MUTED;
		}
		double t = (Math.log10(kelvin) - Math.log10(2)) / (Math.log10(400) - Math.log10(2));
		t = Math.max(0, Math.min(1, t));
		return mix(COLD, HEAT, t);
	}

	static Rgb mix(Rgb a, Rgb b, double t) {
		return new Rgb((int) Math.round(a.red() + (b.red() - a.red()) * t),
				(int) Math.round(a.green() + (b.green() - a.green()) * t),
				(int) Math.round(a.blue() + (b.blue() - a.blue()) * t));
	}
}
