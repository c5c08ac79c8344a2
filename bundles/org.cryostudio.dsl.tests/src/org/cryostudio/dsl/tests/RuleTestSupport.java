package org.cryostudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cryostudio.dsl.cryo.Model;
import org.cryostudio.dsl.validation.PhysicsFixes;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Parses and validates specs for the rule tests, finds findings by code and reads numbers out of
 * their messages; applies the quick-fix edits a rule sends as issue data.
 */
final class RuleTestSupport {

	private final ParseHelper<Model> parser;
	private final ValidationTestHelper validation;

	@Inject
	RuleTestSupport(ParseHelper<Model> parser, ValidationTestHelper validation) {
		this.parser = parser;
		this.validation = validation;
	}

	/** @return the text of a bundled example, e.g. "invalid/jt-above-inversion.cryo" */
	static String example(String path) {
		try {
			return Files.readString(Path.of(System.getProperty("cryo.examples", "dsl-examples"), path));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return every finding of the spec, after checking that it parses */
	List<Issue> validate(String text) {
		try {
			Model model = parser.parse(text);
			assertTrue(model.eResource().getErrors().isEmpty(), () -> "syntax errors: " + model.eResource().getErrors());
			List<Issue> issues = validation.validate(model);
			for (Issue issue : issues) {
				assertFalse(issue.getMessage().contains("NaN") || issue.getMessage().contains("Infinity"), issue::getMessage);
			}
			return issues;
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** @return the findings with the code */
	static List<Issue> withCode(List<Issue> issues, String code) {
		List<Issue> out = new ArrayList<>();
		for (Issue i : issues) {
			if (code.equals(i.getCode())) {
				out.add(i);
			}
		}
		return out;
	}

	/** @return the only finding with the code */
	static Issue single(List<Issue> issues, String code) {
		List<Issue> found = withCode(issues, code);
		assertEquals(1, found.size(), () -> "expected one [" + code + "] in " + describe(issues));
		return found.get(0);
	}

	/** Asserts the spec has no finding with the code. */
	static void none(List<Issue> issues, String code) {
		assertTrue(withCode(issues, code).isEmpty(), () -> "unexpected [" + code + "]: " + describe(issues));
	}

	static String describe(List<Issue> issues) {
		StringBuilder s = new StringBuilder();
		for (Issue i : issues) {
			s.append("\n  ").append(i.getLineNumber()).append(':').append(i.getColumn()).append(' ').append(i.getSeverity())
					.append(" [").append(i.getCode()).append("] ").append(i.getMessage());
		}
		return s.toString();
	}

	/**
	 * @param pattern a regular expression with one group capturing a number as the rules print it
	 *                (e.g. "3.28e-9", "42.3", "101000")
	 * @return the number
	 */
	static double number(Issue issue, String pattern) {
		Matcher m = Pattern.compile(pattern).matcher(issue.getMessage());
		if (!m.find()) {
			fail("no match for /" + pattern + "/ in: " + issue.getMessage());
		}
		return Double.parseDouble(m.group(1));
	}

	/** @return the text of the line (1-based) the finding is on, from its column on */
	static String at(String text, Issue issue) {
		String line = text.split("\n", -1)[issue.getLineNumber() - 1];
		return line.substring(issue.getColumn() - 1);
	}

	/** @return the labels of the quick fixes a finding carries */
	static List<String> fixLabels(Issue issue) {
		List<String> labels = new ArrayList<>();
		for (PhysicsFixes.Fix fix : PhysicsFixes.parse(Arrays.asList(issue.getData()))) {
			labels.add(fix.label());
		}
		return labels;
	}

	/** @return the text after applying the quick fix whose label starts with the prefix */
	static String applyFix(String text, Issue issue, String labelPrefix) {
		for (PhysicsFixes.Fix fix : PhysicsFixes.parse(Arrays.asList(issue.getData()))) {
			if (fix.label().startsWith(labelPrefix)) {
				List<PhysicsFixes.Edit> edits = new ArrayList<>(fix.edits());
				edits.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
				StringBuilder s = new StringBuilder(text);
				for (PhysicsFixes.Edit e : edits) {
					s.replace(e.offset(), e.offset() + e.length(), e.text());
				}
				return s.toString();
			}
		}
		throw new AssertionError("no fix '" + labelPrefix + "' in " + fixLabels(issue));
	}
}
