package org.cryostudio.analysis.result;

import java.util.Locale;

/** Outcome of checking one requirement. */
public enum Verdict {
	PASS, FAIL, UNKNOWN;

	/** @return the JSON spelling: pass, fail or unknown */
	public String json() {
		return name().toLowerCase(Locale.ROOT);
	}
}
