package org.cryostudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.cryostudio.dsl.cryo.CryoSystem;
import org.cryostudio.dsl.cryo.Element;
import org.cryostudio.dsl.cryo.Model;
import org.cryostudio.dsl.cryo.Volume;
import org.cryostudio.dsl.validation.IssueCodes;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** A bad line is reported where it is, once, and the rest of the file is still read and checked. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CryoInjectorProvider.class)
class CryoSyntaxRecoveryTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	private XtextResource resource;

	private List<Issue> check(String text) {
		resource = Specs.parse(resourceSets.get(), Specs.examples().resolve("recovery-test.cryo"), text);
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static List<Integer> syntaxErrorLines(List<Issue> issues) {
		return issues.stream().filter(Issue::isSyntaxError).map(Issue::getLineNumber).collect(Collectors.toList());
	}

	private List<String> memberNames() {
		CryoSystem system = (CryoSystem) ((Model) resource.getContents().get(0)).getMembers().get(0);
		return system.getMembers().stream().map(Element::getName).toList();
	}

	@Test
	void everyBadLineIsReportedOnceAndLaterElementsSurvive() {
		List<Issue> issues = check("""
				system S {
					chamber a {
						volume 2 m3
						speed N2 100 L/s
					}
					cryopump cp on a {
						panel temperature 12 K
						volume 3 m3
					}
					tube t from a to cp {
						diameter 100 mm
						length = 2 m
					}
					chamber b {
						volume 2 K
					}
					require pressure(a) < 1e-6 Pa after 24 h
					orifice o from a to nowhere
				}
				""");
		assertEquals(List.of(4, 8, 12), syntaxErrorLines(issues), issues::toString);
		Issue first = issues.stream().filter(Issue::isSyntaxError).findFirst().orElseThrow();
		assertEquals(3, first.getColumn());
		assertTrue(first.getMessage().contains("'speed'"), first.getMessage());
		// everything after the bad lines is parsed, linked and validated
		assertEquals(List.of("a", "cp", "t", "b", "o"), memberNames().stream().filter(n -> n != null).toList());
		assertTrue(issues.stream().anyMatch(i -> IssueCodes.UNIT_DIMENSION.equals(i.getCode()) && i.getLineNumber() == 15),
				issues::toString);
		assertTrue(issues.stream().anyMatch(i -> i.getLineNumber() == 18 && i.getMessage().contains("nowhere")),
				issues::toString);
		// the half-read value of line 12 draws no second, consequential error
		assertEquals(1, issues.stream().filter(i -> i.getLineNumber() == 12).count(), issues::toString);
	}

	@Test
	void garbageBetweenElementsDoesNotHideTheNextElement() {
		List<Issue> issues = check("""
				system S {
					chamber a { volume 2 m3 }
					this is not a spec line
					chamber b {
						volume 3 K
					}
				}
				""");
		assertFalse(syntaxErrorLines(issues).isEmpty());
		assertTrue(syntaxErrorLines(issues).stream().allMatch(line -> line == 3), issues::toString);
		assertTrue(issues.stream().anyMatch(i -> IssueCodes.UNIT_DIMENSION.equals(i.getCode()) && i.getLineNumber() == 5),
				issues::toString);
	}

	@Test
	void unclosedBlockAtTheEndIsLocatedWithoutAnException() {
		List<Issue> issues = check("system S {\n\tchamber a {\n\t\tvolume 2 m3\n");
		assertEquals(1, syntaxErrorLines(issues).size(), issues::toString);
		Issue error = issues.stream().filter(Issue::isSyntaxError).findFirst().orElseThrow();
		assertNotNull(error.getLineNumber());
		assertNotNull(error.getColumn());
		Volume a = (Volume) ((CryoSystem) ((Model) resource.getContents().get(0)).getMembers().get(0)).getMembers().get(0);
		assertEquals(2.0, a.getVolume().getValue());
	}

	@Test
	void aSecondSystemAfterABrokenOneIsRead() {
		List<Issue> issues = check("""
				system A {
					chamber a { volume 2 m3 wall area }
				}
				system B {
					chamber b { volume 1 s }
				}
				""");
		assertEquals(List.of(2), syntaxErrorLines(issues), issues::toString);
		assertEquals(2, ((Model) resource.getContents().get(0)).getMembers().size());
		assertTrue(issues.stream().anyMatch(i -> IssueCodes.UNIT_DIMENSION.equals(i.getCode()) && i.getLineNumber() == 5),
				issues::toString);
	}
}
