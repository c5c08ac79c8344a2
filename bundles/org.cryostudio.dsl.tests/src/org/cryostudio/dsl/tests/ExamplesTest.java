package org.cryostudio.dsl.tests;

import static org.cryostudio.dsl.tests.RuleTestSupport.describe;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cryostudio.dsl.validation.IssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The bundled examples: every valid spec is free of findings (errors and warnings), and every spec
 * under invalid/ reports the code it is named after, with every number finite.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CryoInjectorProvider.class)
class ExamplesTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	static Stream<Path> valid() throws IOException {
		return specs().filter(p -> !p.toString().contains("invalid"));
	}

	static Stream<Path> invalid() throws IOException {
		return specs().filter(p -> p.toString().contains("invalid"));
	}

	private static Stream<Path> specs() throws IOException {
		Path root = Path.of(System.getProperty("cryo.examples", "dsl-examples"));
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(p -> p.toString().endsWith(".cryo")).sorted().toList().stream();
		}
	}

	private List<Issue> validate(Path file) {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("valid")
	void validExampleHasNoFindings(Path file) {
		List<Issue> issues = validate(file);
		assertTrue(issues.isEmpty(), () -> file + ":" + describe(issues));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalid")
	void invalidExampleReportsItsCode(Path file) {
		String code = file.getFileName().toString().replace(".cryo", "");
		List<Issue> issues = validate(file);
		assertTrue(issues.stream().anyMatch(i -> code.equals(i.getCode())), () -> file + ":" + describe(issues));
		assertTrue(issues.stream().noneMatch(i -> IssueCodes.SYNTAX.equals(i.getCode())
				|| i.getCode() != null && i.getCode().endsWith("Syntax")), () -> describe(issues));
		for (Issue i : issues) {
			assertFalse(i.getMessage().contains("NaN") || i.getMessage().contains("Infinity"), i::getMessage);
		}
	}
}
