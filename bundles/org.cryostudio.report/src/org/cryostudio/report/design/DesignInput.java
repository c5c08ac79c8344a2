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
 */
public record DesignInput(DesignIdentity identity, Resource resource, List<Finding> findings) {
	public DesignInput {
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(resource, "resource");
		findings = List.copyOf(findings);
	}

	public boolean hasErrors() {
		return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
	}
}
