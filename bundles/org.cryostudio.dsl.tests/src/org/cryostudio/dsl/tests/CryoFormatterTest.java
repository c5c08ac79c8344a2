package org.cryostudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cryostudio.dsl.formatting2.SpecFormatter;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The canonical layout: every example is in it, damage to it is undone, comments stay put. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CryoInjectorProvider.class)
class CryoFormatterTest {

	@Inject
	private SpecFormatter formatter;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	static List<Path> examples() {
		return Specs.validExamples();
	}

	private String format(Path file, String text) {
		XtextResource resource = Specs.parse(resourceSets.get(), file, text);
		assertTrue(resource.getErrors().isEmpty(), () -> file + ": " + resource.getErrors());
		return formatter.format(resource);
	}

	private String format(String text) {
		return format(Specs.examples().resolve("formatter-test.cryo"), text);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleIsInTheCanonicalLayout(Path file) {
		String text = Specs.read(file);
		assertEquals(text, format(file, text), file + " is not canonical: run ./cryo format on it");
	}

	@ParameterizedTest
	@MethodSource("examples")
	void damagedLayoutOfEveryExampleFormatsBackAndFormattingIsIdempotent(Path file) {
		String canonical = Specs.read(file);
		for (long seed = 1; seed <= 3; seed++) {
			String damaged = Layouts.damage(canonical, seed);
			assertNotEquals(canonical, damaged, "the damage must change something");
			String formatted = format(file, damaged);
			assertEquals(canonical, formatted, file + " damaged with seed " + seed);
			assertEquals(formatted, format(file, formatted), "formatting twice changes nothing");
			assertEquals(Layouts.comments(canonical), Layouts.comments(formatted));
		}
	}

	@Test
	void canonicalLayoutOfAMessySpec() {
		String messy = """
				import   "a.cryo"
				import "b.cryo"
				system   S{
				chamber a{volume 2 m3
				wall area  3.2 m2}
				   chamber b { volume 1 m3 wall area 2 m2 }



				outgassing w on a { rate 2e-7 Pa * m3 / ( s * m2 ) at 1 h }
				cryopump cp on a {
				speed N2 1500 L/s ,H2 2500 L/s
				}
				require   top : pressure ( a ) < 1e-6 Pa after 24 h
				scenario run { pump a with cp for 2 h
				hold for 1 h }
				}
				""";
		String expected = """
				import "a.cryo"
				import "b.cryo"

				system S {
					chamber a {
						volume 2 m3
						wall area 3.2 m2
					}
					chamber b { volume 1 m3 wall area 2 m2 }

					outgassing w on a { rate 2e-7 Pa*m3/(s*m2) at 1 h }
					cryopump cp on a {
						speed N2 1500 L/s, H2 2500 L/s
					}
					require top: pressure(a) < 1e-6 Pa after 24 h
					scenario run {
						pump a with cp for 2 h
						hold for 1 h
					}
				}
				""";
		assertEquals(expected, format(messy));
		assertEquals(expected, format(expected));
	}

	@Test
	void commentsStayWhereTheyWere() {
		String messy = """


				// file comment

				/** the system */
				system S {   // trailing on the header
				/* before a member */ chamber a {
				// own line, column 0
				volume 2 m3 // trailing on a property
				      // own line, deeply indented
				wall area /* inside a line */ 3 m2
				}
				}
				// end of file


				""";
		String expected = """
				// file comment

				/** the system */
				system S { // trailing on the header
					/* before a member */ chamber a {
						// own line, column 0
						volume 2 m3 // trailing on a property
						// own line, deeply indented
						wall area /* inside a line */ 3 m2
					}
				}
				// end of file
				""";
		String formatted = format(messy);
		assertEquals(expected, formatted);
		assertEquals(Layouts.comments(messy), Layouts.comments(formatted));
		assertEquals(formatted, format(formatted));
	}

	@Test
	void commentTextIsKeptVerbatim() {
		String spec = "// two  spaces   inside,\ttab\n//no space\nsystem S {\n\t//   indented text of a comment\n\tchamber a\n}\n";
		assertEquals(spec, format(spec));
	}
}
