package org.cryostudio.report.diff;

/** How an input or a result differs between the two versions of a design. */
public enum Change {
	/** only in the second version */
	ADDED,
	/** only in the first version */
	REMOVED,
	/** in both, with different values */
	CHANGED;

	/** @return the word used in text and JSON output: "added", "removed", "changed" */
	public String word() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
