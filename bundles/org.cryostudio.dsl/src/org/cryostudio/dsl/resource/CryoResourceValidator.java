package org.cryostudio.dsl.resource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * One error per broken line: after a syntax error ANTLR often reports a second one at the same
 * place, and the half-parsed value draws validation errors of its own ("needs a unit" for a number
 * that is not there). The first syntax error of a line is kept, every later issue starting on that
 * line is dropped; other lines keep all their issues, so one bad line hides nothing else.
 */
public class CryoResourceValidator extends ResourceValidatorImpl {

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator cancel) {
		List<Issue> issues = super.validate(resource, mode, cancel);
		Set<Integer> brokenLines = new HashSet<>();
		for (Issue issue : issues) {
			if (issue.isSyntaxError() && issue.getLineNumber() != null) {
				brokenLines.add(issue.getLineNumber());
			}
		}
		if (brokenLines.isEmpty()) {
			return issues;
		}
		List<Issue> kept = new ArrayList<>();
		Set<Integer> reported = new HashSet<>();
		for (Issue issue : issues) {
			Integer line = issue.getLineNumber();
			if (line == null || !brokenLines.contains(line)) {
				kept.add(issue);
			} else if (issue.isSyntaxError() && reported.add(line)) {
				kept.add(issue);
			}
		}
		return kept;
	}
}
