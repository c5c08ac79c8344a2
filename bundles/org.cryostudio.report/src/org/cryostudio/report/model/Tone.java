package org.cryostudio.report.model;

/** The meaning a cell, callout or finding carries, which exporters show by colour and a word. */
public enum Tone {
	NEUTRAL,
	/** a requirement met, a check passed */
	GOOD,
	/** a requirement failed, an error */
	BAD,
	/** a warning, a value outside a model's validity range */
	CAUTION,
	/** not evaluated, unknown */
	MUTED
}
