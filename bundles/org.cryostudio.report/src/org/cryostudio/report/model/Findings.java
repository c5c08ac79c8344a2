package org.cryostudio.report.model;

import java.util.List;

/** The validation findings of a design, in spec order; an empty list says "none". */
public record Findings(List<Finding> findings) implements Block {
	public Findings {
		findings = List.copyOf(findings);
	}

	public long count(Finding.Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}
}
