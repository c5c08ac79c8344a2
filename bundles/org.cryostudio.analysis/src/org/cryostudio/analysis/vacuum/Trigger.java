package org.cryostudio.analysis.vacuum;

/**
 * When a pump starts or stops, or a valve opens or closes: at the start, at a time, when the total
 * pressure of a volume first falls below a value (roughing until a crossover pressure), or never.
 */
public sealed interface Trigger {

	/** Fires at t = 0. */
	record AtStart() implements Trigger {
	}

	/** Fires at a time, s. */
	record AtTime(double time) implements Trigger {
		public AtTime {
			org.cryostudio.analysis.model.Check.nonNegative("trigger", "time", time, "s");
		}
	}

	/** Fires when the total pressure of {@code volume} first falls below {@code pressure}, Pa. */
	record WhenBelow(String volume, double pressure) implements Trigger {
		public WhenBelow {
			org.cryostudio.analysis.model.Check.positive(volume, "trigger pressure", pressure, "Pa");
		}
	}

	/** Never fires. */
	record Never() implements Trigger {
	}

	Trigger START = new AtStart();
	Trigger NEVER = new Never();
}
