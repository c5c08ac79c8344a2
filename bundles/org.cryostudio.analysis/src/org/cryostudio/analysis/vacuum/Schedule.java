package org.cryostudio.analysis.vacuum;

/**
 * When an element (pump, valve) is active: from its {@code on} trigger until its {@code off}
 * trigger (which is only considered after {@code on} fired).
 *
 * @param on  when it starts (opens)
 * @param off when it stops (closes)
 */
public record Schedule(Trigger on, Trigger off) {

	/** Active all the time. */
	public static final Schedule ALWAYS = new Schedule(Trigger.START, Trigger.NEVER);

	/** @return true when the element is active at the end of a scenario where every trigger fired */
	public boolean activeAtEnd() {
		return !(on instanceof Trigger.Never) && off instanceof Trigger.Never;
	}

	/** @return true when nothing can switch it (active the whole time) */
	public boolean isAlways() {
		return on instanceof Trigger.AtStart && off instanceof Trigger.Never;
	}
}
