package org.cryostudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cryostudio.dsl.cryo.Chamber;
import org.cryostudio.dsl.cryo.CryoSystem;
import org.cryostudio.dsl.cryo.Cryopump;
import org.cryostudio.dsl.cryo.Model;
import org.cryostudio.dsl.cryo.Tube;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(CryoInjectorProvider.class)
class CryoParsingTest {

	@Inject
	private ParseHelper<Model> parseHelper;

	@Inject
	private ValidationTestHelper validation;

	@Test
	void quickstartExampleParsesLinksAndValidates() throws Exception {
		Path example = Path.of(System.getProperty("cryo.examples", "dsl-examples"), "quickstart", "chamber.cryo");
		Model model = parseHelper.parse(Files.readString(example));
		assertNotNull(model);
		assertTrue(model.eResource().getErrors().isEmpty(), () -> "syntax errors: " + model.eResource().getErrors());
		validation.assertNoErrors(model);

		CryoSystem system = model.getSystems().get(0);
		assertEquals("QuickstartChamber", system.getName());
		Chamber chamber = assertInstanceOf(Chamber.class, system.getElements().get(0));
		assertEquals(0.35, chamber.getVolume().getValue(), 1e-12);
		assertEquals("m3", chamber.getVolume().getUnit());
		Tube port = assertInstanceOf(Tube.class, system.getElements().get(2));
		assertInstanceOf(Cryopump.class, port.getTo());
		assertEquals("cp", port.getTo().getName());
	}

	@Test
	void numbersTakeExponentsSignsAndCompoundUnits() throws Exception {
		Model model = parseHelper.parse("""
				system S {
					chamber c {
						volume 1.5e-3 m3
						temperature -40 degC
					}
					cryopump p {
						panel area 5e-9 Pa*m3/(s*m2)
					}
				}
				""");
		assertTrue(model.eResource().getErrors().isEmpty(), () -> "syntax errors: " + model.eResource().getErrors());
		Chamber c = (Chamber) model.getSystems().get(0).getElements().get(0);
		assertEquals(1.5e-3, c.getVolume().getValue(), 0);
		assertEquals(-40, c.getTemperature().getValue(), 0);
		Cryopump p = (Cryopump) model.getSystems().get(0).getElements().get(1);
		assertEquals("Pa*m3/(s*m2)", p.getPanelArea().getUnit());
	}

	@Test
	void unitSymbolsAreNotKeywords() throws Exception {
		// a chamber may be called K, Pa or m3: unit symbols never become reserved words
		Model model = parseHelper.parse("system S { chamber K { volume 1 m3 } chamber Pa { } tube m3 from K to Pa { } }");
		assertTrue(model.eResource().getErrors().isEmpty(), () -> "syntax errors: " + model.eResource().getErrors());
		validation.assertNoErrors(model);
	}
}
