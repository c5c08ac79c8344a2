package org.cryostudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cryostudio.dsl.cryo.CryoSystem;
import org.cryostudio.dsl.cryo.Cryopump;
import org.cryostudio.dsl.cryo.Model;
import org.cryostudio.dsl.cryo.Tube;
import org.cryostudio.dsl.cryo.Volume;
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

		CryoSystem system = (CryoSystem) model.getMembers().get(0);
		assertEquals("QuickstartChamber", system.getName());
		Volume chamber = assertInstanceOf(Volume.class, system.getMembers().get(0));
		assertEquals(0.35, chamber.getVolume().getValue(), 1e-12);
		assertEquals("m3", chamber.getVolume().getUnit());
		Tube port = assertInstanceOf(Tube.class, system.getMembers().get(3));
		assertInstanceOf(Cryopump.class, port.getTo());
		assertEquals("cp", port.getTo().getName());
	}
}
