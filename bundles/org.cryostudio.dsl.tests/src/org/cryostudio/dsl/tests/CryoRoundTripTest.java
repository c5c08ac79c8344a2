package org.cryostudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cryostudio.dsl.cryo.CryoFactory;
import org.cryostudio.dsl.cryo.CryoSystem;
import org.cryostudio.dsl.cryo.Model;
import org.cryostudio.dsl.cryo.Quantity;
import org.cryostudio.dsl.cryo.Tube;
import org.cryostudio.dsl.cryo.Volume;
import org.cryostudio.dsl.formatting2.SpecFormatter;
import org.cryostudio.dsl.model.ModelComparison;
import org.cryostudio.dsl.model.ModelComparison.References;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * parse -> format -> parse and parse -> serialize -> parse give the same model, for every example
 * and for names that are keywords.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CryoInjectorProvider.class)
class CryoRoundTripTest {

	@Inject
	private SpecFormatter formatter;

	@Inject
	private ISerializer serializer;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	static List<Path> examples() {
		return Specs.validExamples();
	}

	private static XtextResource parsed(XtextResourceSet set, Path file, String text) {
		XtextResource resource = Specs.parse(set, file, text);
		assertTrue(resource.getErrors().isEmpty(), () -> file + ": " + resource.getErrors() + "\n" + text);
		return resource;
	}

	@ParameterizedTest
	@MethodSource("examples")
	void parseFormatParseGivesTheSameModel(Path file) {
		String text = Specs.read(file);
		XtextResource original = parsed(resourceSets.get(), file, text);
		// format a damaged copy, so that the formatter has work to do
		String formatted = formatter.format(parsed(resourceSets.get(), file, Layouts.damage(text, 11)));
		XtextResource again = parsed(resourceSets.get(), file, formatted);
		assertNull(ModelComparison.firstDifference(Specs.model(original), Specs.model(again)));
	}

	/** The serializer writes a model without any text behind it (a copy) from scratch. */
	private String serializeCopy(XtextResourceSet set, XtextResource original, Path file) {
		EcoreUtil.resolveAll(set);
		Model copy = EcoreUtil.copy(Specs.model(original));
		XtextResource holder = (XtextResource) set.createResource(URI.createFileURI(
				file.resolveSibling("copy-of-" + file.getFileName()).toAbsolutePath().toString()));
		holder.getContents().add(copy);
		return serializer.serialize(copy);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void parseSerializeParseGivesTheSameModel(Path file) {
		XtextResourceSet set = resourceSets.get();
		XtextResource original = parsed(set, file, Specs.read(file));
		String serialized = serializeCopy(set, original, file);
		XtextResource again = parsed(set, file.resolveSibling("serialized-" + file.getFileName()), serialized);
		EcoreUtil.resolveAll(again);
		assertNull(ModelComparison.firstDifference(Specs.model(original), Specs.model(again), References.BY_TARGET),
				serialized);
	}

	@Test
	void keywordsAsNamesAndEscapedNamesRoundTrip() {
		String spec = """
				system panel {
					chamber chamber { volume 1 m3 }
					tsp tsp on chamber { area 0.1 m2 }
					valve valve from chamber to tsp { open }
					stage stage { temperature 4.5 K }
					load load on stage { power 1 W }
					chamber ^from { volume 2 L }
					tube ^to from ^from to chamber { diameter 10 mm length 1 m }
					require pressure(chamber) < 1e-6 Pa
				}
				""";
		XtextResourceSet set = resourceSets.get();
		Path file = Specs.examples().resolve("keywords.cryo");
		XtextResource original = parsed(set, file, spec);
		CryoSystem system = (CryoSystem) Specs.model(original).getMembers().get(0);
		assertEquals("panel", system.getName());
		assertEquals("from", ((Volume) system.getMembers().get(5)).getName());
		Tube to = (Tube) system.getMembers().get(6);
		assertEquals("to", to.getName());
		assertEquals("from", to.getFrom().getName());
		String serialized = serializeCopy(set, original, file);
		assertTrue(serialized.contains("^from"), serialized);
		XtextResource again = parsed(set, file.resolveSibling("keywords-again.cryo"), serialized);
		EcoreUtil.resolveAll(again);
		assertNull(ModelComparison.firstDifference(Specs.model(original), Specs.model(again), References.BY_TARGET));
	}

	@Test
	void elementsBuiltInCodeAreSerializedAndParseBack() {
		XtextResourceSet set = resourceSets.get();
		Path file = Specs.examples().resolve("built.cryo");
		XtextResource original = parsed(set, file, "system S {\n\tchamber a {\n\t\tvolume 2 m3\n\t}\n}\n");
		CryoSystem system = (CryoSystem) Specs.model(original).getMembers().get(0);
		Volume a = (Volume) system.getMembers().get(0);
		Volume b = CryoFactory.eINSTANCE.createVolume();
		b.setName("b");
		b.setVolume(quantity(1.5e-3, "m3"));
		b.setWallTemperature(quantity(-20, "degC"));
		system.getMembers().add(b);
		Tube tube = CryoFactory.eINSTANCE.createTube();
		tube.setName("t");
		tube.setFrom(a);
		tube.setTo(b);
		tube.setDiameter(quantity(0.1, "m"));
		tube.setLength(quantity(2.5e-9, "Pa*m3/(s*m2)"));
		system.getMembers().add(tube);

		String serialized = serializer.serialize(Specs.model(original));
		XtextResource again = parsed(set, file.resolveSibling("built-again.cryo"), serialized);
		EcoreUtil.resolveAll(again);
		assertNull(ModelComparison.firstDifference(Specs.model(original), Specs.model(again), References.BY_TARGET),
				serialized);
		Tube parsedTube = (Tube) ((CryoSystem) Specs.model(again).getMembers().get(0)).getMembers().get(2);
		assertNotNull(parsedTube.getTo());
		assertEquals("b", parsedTube.getTo().getName());
		assertEquals(2.5e-9, parsedTube.getLength().getValue());
	}

	private static Quantity quantity(double value, String unit) {
		Quantity q = CryoFactory.eINSTANCE.createQuantity();
		q.setValue(value);
		q.setUnit(unit);
		return q;
	}
}
