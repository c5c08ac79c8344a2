package org.cryostudio.diagram.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cryostudio.diagram.core.edit.DiagramEdits;
import org.cryostudio.diagram.core.edit.EditRefusedException;
import org.cryostudio.diagram.core.edit.SpecChange;
import org.cryostudio.diagram.core.edit.SpecEditor;
import org.cryostudio.diagram.core.edit.TextEdit;
import org.cryostudio.diagram.core.mapping.SpecLoader;
import org.cryostudio.dsl.cryo.CryoPackage;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

/** Diagram edits become minimal text changes: the rest of the text, comments included, is untouched. */
class SpecEditorTest {

	static final String SPEC = """
			// Quick-start example: a small UHV chamber pumped by a cryopump.
			system Q {
				// the growth chamber
				chamber main {
					volume 0.35 m3 // measured
					wall temperature 295 K
				}

				/* the pump */
				cryopump cp {
					panel temperature 12 K
				}

				tube port from main to cp {
					diameter 200 mm
				}
				// trailing comment
			}
			""";

	static final URI URI_ = URI.createURI("file:/tmp/q.cryo");

	final SpecEditor editor = new SpecEditor(SpecLoader.standard());

	String run(SpecChange change) throws EditRefusedException {
		return TextEdit.apply(SPEC, editor.edit(SPEC, URI_, change));
	}

	@Test
	void renameRewritesTheNameAndEveryReferenceOnly() throws Exception {
		List<TextEdit> edits = editor.edit(SPEC, URI_, DiagramEdits.rename("Q.main", "growth"));
		assertEquals(2, edits.size(), edits.toString());
		assertEquals(SPEC.replace("chamber main", "chamber growth").replace("from main", "from growth"),
				TextEdit.apply(SPEC, edits));
	}

	@Test
	void deleteRemovesTheElementItsCommentAndTheDuctLeftDanglingAndTheirLines() throws Exception {
		String after = run(DiagramEdits.delete(List.of("Q.cp")));
		assertEquals("""
				// Quick-start example: a small UHV chamber pumped by a cryopump.
				system Q {
					// the growth chamber
					chamber main {
						volume 0.35 m3 // measured
						wall temperature 295 K
					}

					// trailing comment
				}
				""", after);
	}

	@Test
	void createAppendsAFormattedElementWithAFreshName() throws Exception {
		DiagramEdits.Creation c = DiagramEdits.create(CryoPackage.Literals.VOLUME, "Q", "main", (e, m) -> {
		});
		String after = run(c);
		assertEquals("Q.main1", c.createdName());
		assertEquals(SPEC.replace("\t}\n\t// trailing", "\t}\n\tchamber main1\n\t// trailing"), after);
	}

	@Test
	void connectCreatesATubeBetweenTheTwoElements() throws Exception {
		DiagramEdits.Creation c = DiagramEdits.connect(CryoPackage.Literals.TUBE, "Q", "tube", (e, m) -> {
		}, CryoPackage.Literals.CONDUCTANCE__FROM, CryoPackage.Literals.CONDUCTANCE__TO, "Q.cp", "Q.main");
		String after = run(c);
		assertEquals(SPEC.replace("\t}\n\t// trailing", "\t}\n\ttube tube1 from cp to main\n\t// trailing"), after);
		assertTrue(after.startsWith(SPEC.substring(0, SPEC.indexOf("\t// trailing"))), "text before untouched");
	}

	@Test
	void settingAQuantityRewritesOnlyThatValueAndKeepsTheLineComment() throws Exception {
		String after = run(DiagramEdits.setQuantity("Q.main", "volume", "350 L"));
		assertEquals(SPEC.replace("volume 0.35 m3 // measured", "volume 350 L // measured"), after);
	}

	@Test
	void aBadValueOrAnUnknownElementOrASyntaxErrorIsRefusedWithAReason() {
		EditRefusedException e = assertThrows(EditRefusedException.class,
				() -> run(DiagramEdits.setQuantity("Q.main", "volume", "big")));
		assertTrue(e.getMessage().contains("not a number"), e.getMessage());
		e = assertThrows(EditRefusedException.class, () -> run(DiagramEdits.rename("Q.gone", "x")));
		assertTrue(e.getMessage().contains("'Q.gone' is not in the spec"), e.getMessage());
		e = assertThrows(EditRefusedException.class, () -> run(DiagramEdits.rename("Q.main", "cp")));
		assertTrue(e.getMessage().contains("already"), e.getMessage());
		e = assertThrows(EditRefusedException.class,
				() -> editor.edit(SPEC.replace("volume 0.35", "volume = 0.35"), URI_, DiagramEdits.rename("Q.main", "g")));
		assertTrue(e.getMessage().contains("syntax errors"), e.getMessage());
	}
}
