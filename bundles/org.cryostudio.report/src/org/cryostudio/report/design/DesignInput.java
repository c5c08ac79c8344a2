package org.cryostudio.report.design;

import java.util.List;
import java.util.Objects;

import org.cryostudio.report.model.Finding;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A parsed and validated design, ready to be reported on.
 *
 * @param identity the file, its hash and revision
 * @param resource the parsed spec (linked: cross references resolved)
 * @param findings the validator's findings on it, in spec order
 * @param solution what the solvers found, or why they did not run
 */
public record DesignInput(DesignIdentity identity, Resource resource, List<Finding> findings, DesignSolution solution) {
	public DesignInput {
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(resource, "resource");
		Objects.requireNonNull(solution, "solution");
		findings = List.copyOf(findings);
	}

	/** A design the solvers have not been run on. */
	public DesignInput(DesignIdentity identity, Resource resource, List<Finding> findings) {
		this(identity, resource, findings, DesignSolution.notSolved("the solvers were not run"));
	}

	public boolean hasErrors() {
		return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
	}
}
