package org.cryostudio.diagram.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cryostudio.diagram.core.edit.DiagramEdits;
import org.cryostudio.diagram.core.edit.EditRefusedException;
import org.cryostudio.diagram.core.edit.Palette;
import org.cryostudio.diagram.core.edit.Palette.ConnectionTool;
import org.cryostudio.diagram.core.edit.Palette.ElementTool;
import org.cryostudio.diagram.core.edit.SpecChange;
import org.cryostudio.diagram.core.edit.SpecEditor;
import org.cryostudio.diagram.core.edit.TextEdit;
import org.cryostudio.diagram.core.mapping.SceneBuilder;
import org.cryostudio.diagram.core.mapping.SpecLoader;
import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.dsl.cryo.CryoPackage;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Palette tools and deletions on a two-sided spec: each edit changes only the text it must, keeps
 * every comment that is not inside a deleted element, and gives a spec that shows the change.
 */
class PaletteEditTest {

	static final URI URI_ = URI.createFileURI("/tmp/diagram-test/cryostat.cryo");
	static String spec;
	final SpecEditor editor = new SpecEditor(SpecLoader.standard());

	@BeforeAll
	static void read() throws IOException {
		spec = SceneBuilderTest.cryostat();
	}

	String run(SpecChange change) throws EditRefusedException {
		return TextEdit.apply(spec, editor.edit(spec, URI_, change));
	}

	@Test
	void everyViewHasElementAndConnectionTools() {
		for (DiagramView v : DiagramView.values()) {
			assertTrue(Palette.tools(v).stream().anyMatch(t -> t instanceof ElementTool), v.label());
			assertTrue(Palette.tools(v).stream().anyMatch(t -> t instanceof ConnectionTool), v.label());
		}
	}

	@Test
	void anElementToolAppendsANumberedElementToTheSystemAndTheDiagramShowsIt() throws Exception {
		ElementTool tool = (ElementTool) Palette.tool(DiagramView.VACUUM, "Ti sublimation pump");
		DiagramEdits.Creation c = tool.create(null);
		String after = run(c);
		assertEquals("Cryostat.tsp1", c.createdName());
		assertOnlyInserted(spec, after, "\ttsp tsp1\n");
		Scene s = SceneBuilder.build(SceneBuilderTest.parse(after), DiagramView.VACUUM);
		assertTrue(s.node("Cryostat.tsp1") != null);
	}

	@Test
	void aDuctToolCreatesTheConductanceBetweenTheTwoNodes() throws Exception {
		ConnectionTool tool = (ConnectionTool) Palette.tool(DiagramView.VACUUM, "Orifice");
		assertTrue(tool.accepts(CryoPackage.Literals.VOLUME, CryoPackage.Literals.TURBO_PUMP));
		assertFalse(tool.accepts(CryoPackage.Literals.STAGE, CryoPackage.Literals.TURBO_PUMP));
		String after = run(tool.connect("Cryostat.ivc", "Cryostat.tmp"));
		assertOnlyInserted(spec, after, "\torifice orifice1 from ivc to tmp\n");
	}

	@Test
	void mountingAPumpAddsOnlyTheOnClause() throws Exception {
		String before = spec.replace("turbo tmp on port {", "turbo tmp {");
		ConnectionTool tool = (ConnectionTool) Palette.tool(DiagramView.VACUUM, "Mount pump on");
		String after = TextEdit.apply(before, editor.edit(before, URI_, tool.connect("Cryostat.tmp", "Cryostat.ivc")));
		assertEquals(before.replace("turbo tmp {", "turbo tmp on ivc {"), after);
	}

	@Test
	void coolingAStageAddsACooledByClauseInsideItsBlock() throws Exception {
		ConnectionTool tool = (ConnectionTool) Palette.tool(DiagramView.THERMAL, "Cooled by");
		assertTrue(tool.accepts(CryoPackage.Literals.STAGE, CryoPackage.Literals.CRYOCOOLER));
		assertFalse(tool.accepts(CryoPackage.Literals.HEAT_LOAD, CryoPackage.Literals.CRYOCOOLER));
		String after = run(tool.connect("Cryostat.room", "Cryostat.pt"));
		assertTrue(after.contains("\t\tcooled by pt\n"), after);
		assertKeepsComments(spec, after);
		Scene s = SceneBuilder.build(SceneBuilderTest.parse(after), DiagramView.THERMAL);
		assertTrue(s.edges().stream().anyMatch(e -> e.id().equals("Cryostat.room#cooling")));
	}

	@Test
	void aThermalLinkToolJoinsTwoStages() throws Exception {
		ConnectionTool tool = (ConnectionTool) Palette.tool(DiagramView.THERMAL, "Strap");
		String after = run(tool.connect("Cryostat.shield", "Cryostat.plate"));
		assertOnlyInserted(spec, after, "\tstrap strap1 between shield and plate\n");
	}

	@Test
	void deletingAJunctionDeletesItsValveAndUnmountsItsPumpsKeepingTheirComments() throws Exception {
		String after = run(DiagramEdits.delete(List.of("Cryostat.port")));
		assertFalse(after.contains("junction port"), after);
		assertFalse(after.contains("valve gate"), after);
		assertTrue(after.contains("\tturbo tmp {\n"), after);
		assertTrue(after.contains("\troughing scroll {\n"), after);
		List<String> kept = comments(spec);
		kept.remove("/** The pump-out port with its valve; the turbo sits behind it. */");
		assertEquals(kept, comments(after));
	}

	@Test
	void deletingAStageCoolerDropsTheCooledByClausesAndItsLoadsStay() throws Exception {
		String after = run(DiagramEdits.delete(List.of("Cryostat.pt")));
		assertFalse(after.contains("cooled by"), after);
		assertFalse(after.contains("cryocooler pt"), after);
		assertKeepsComments(spec, after);
	}

	@Test
	void anAttachmentIsRemovedWithoutTouchingTheElement() throws Exception {
		String after = run(DiagramEdits.unset("Cryostat.detector", "stage"));
		assertEquals(spec.replace("load detector on plate {", "load detector {"), after);
	}

	@Test
	void deletingWhatARequirementNamesIsRefusedWithTheLine() {
		String withRequirement = spec.replace("\tload detector", "\trequire temperature(plate) < 4 K\n\tload detector");
		EditRefusedException e = assertThrows(EditRefusedException.class,
				() -> editor.edit(withRequirement, URI_, DiagramEdits.delete(List.of("Cryostat.plate"))));
		assertTrue(e.getMessage().contains("require temperature(plate) < 4 K"), e.getMessage());
		assertTrue(e.getMessage().contains("line "), e.getMessage());
	}

	/** The new text is the old one with exactly {@code inserted} added at one place. */
	static void assertOnlyInserted(String before, String after, String inserted) {
		assertEquals(before.length() + inserted.length(), after.length(), after);
		int i = 0;
		while (i < before.length() && before.charAt(i) == after.charAt(i)) {
			i++;
		}
		// the insertion may start anywhere in a run of equal characters: compare as a whole
		assertTrue(after.contains(inserted), after);
		String removed = after.substring(0, after.indexOf(inserted)) + after.substring(after.indexOf(inserted) + inserted.length());
		assertEquals(before, removed, "nothing but the insertion changed");
	}

	static void assertKeepsComments(String before, String after) {
		assertEquals(comments(before), comments(after));
	}

	static final Pattern COMMENT = Pattern.compile("//[^\n]*|/\\*.*?\\*/", Pattern.DOTALL);

	static List<String> comments(String text) {
		List<String> result = new ArrayList<>();
		Matcher m = COMMENT.matcher(text);
		while (m.find()) {
			result.add(m.group().strip());
		}
		return result;
	}
}
