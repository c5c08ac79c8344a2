package org.cryostudio.diagram.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.cryostudio.diagram.core.layout.LayoutFile;
import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutFileTest {

	@TempDir
	Path dir;

	@Test
	void linesAreSortedByViewThenNameWithWholeCoordinates() {
		LayoutFile f = new LayoutFile();
		f.put(DiagramView.THERMAL, "S.shield", new Point(10.4, 20.6));
		f.put(DiagramView.VACUUM, "S.pump", new Point(300, 40));
		f.put(DiagramView.VACUUM, "S.chamber", new Point(-12.5, 40));
		String[] lines = f.format().split("\n");
		assertTrue(lines[0].startsWith("#"));
		assertEquals("vacuum S.chamber -12 40", lines[1]);
		assertEquals("vacuum S.pump 300 40", lines[2]);
		assertEquals("thermal S.shield 10 21", lines[3]);
		assertEquals(4, lines.length);
	}

	@Test
	void formatThenParseGivesTheSameLayout() {
		LayoutFile f = new LayoutFile();
		f.put(DiagramView.VACUUM, "A.b", new Point(1, 2));
		f.put(DiagramView.THERMAL, "A.c", new Point(3, 4));
		assertEquals(f, LayoutFile.parse(f.format()));
		assertEquals(f.format(), LayoutFile.parse(f.format()).format());
	}

	@Test
	void unreadableLinesAreReportedWithTheirNumberAndSkipped() {
		LayoutFile f = LayoutFile.parse("# header\nvacuum A.b 1 2\nplumbing A.c 3 4\nvacuum A.d x 4\n");
		assertEquals(new Point(1, 2), f.get(DiagramView.VACUUM, "A.b"));
		assertEquals(2, f.problems().size());
		assertTrue(f.problems().get(0).startsWith("line 3:"), f.problems().get(0));
		assertTrue(f.problems().get(1).startsWith("line 4:"), f.problems().get(1));
	}

	@Test
	void renameFollowsTheElementAndWhatIsQualifiedByIt() {
		LayoutFile f = new LayoutFile();
		f.put(DiagramView.VACUUM, "S.main", new Point(1, 2));
		f.put(DiagramView.THERMAL, "S.main.inner", new Point(3, 4));
		f.put(DiagramView.VACUUM, "S.mainframe", new Point(5, 6));
		assertTrue(f.rename("S.main", "S.vessel"));
		assertEquals(new Point(1, 2), f.get(DiagramView.VACUUM, "S.vessel"));
		assertEquals(new Point(3, 4), f.get(DiagramView.THERMAL, "S.vessel.inner"));
		assertEquals(new Point(5, 6), f.get(DiagramView.VACUUM, "S.mainframe"), "only whole name segments are renamed");
		assertFalse(f.rename("S.none", "S.other"));
	}

	@Test
	void retainDropsPositionsOfElementsThatAreGone() {
		LayoutFile f = new LayoutFile();
		f.put(DiagramView.VACUUM, "S.a", new Point(1, 2));
		f.put(DiagramView.VACUUM, "S.b", new Point(1, 2));
		f.put(DiagramView.THERMAL, "S.b", new Point(1, 2));
		assertTrue(f.retain(DiagramView.VACUUM, Set.of("S.a")));
		assertEquals(Set.of("S.a"), f.positions(DiagramView.VACUUM).keySet());
		assertEquals(Set.of("S.b"), f.positions(DiagramView.THERMAL).keySet());
	}

	@Test
	void writeIsAtomicLeavesNoTemporaryFileAndEmptyLayoutDeletesTheFile() throws IOException {
		Path spec = dir.resolve("chamber.cryo");
		Path file = LayoutFile.besides(spec);
		assertEquals("chamber.cryo.layout", file.getFileName().toString());
		LayoutFile f = new LayoutFile();
		f.put(DiagramView.VACUUM, "S.a", new Point(7, 8));
		f.write(file);
		f.put(DiagramView.VACUUM, "S.b", new Point(9, 10));
		f.write(file);
		assertEquals(f, LayoutFile.read(file));
		assertTrue(Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
				"readable like any file in the project, not private as a temporary file is");
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "only the layout file, no temporary left behind");
		}
		new LayoutFile().write(file);
		assertFalse(Files.exists(file));
		assertTrue(LayoutFile.read(file).isEmpty(), "a missing file is an empty layout");
	}
}
