package org.cryostudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandTest {

	private static final String MESSY = "system S{\n  chamber a {volume 2 m3 // two\n wall area  3 m2}\n}";
	private static final String CANONICAL = "system S {\n\tchamber a {\n\t\tvolume 2 m3 // two\n\t\twall area 3 m2\n\t}\n}\n";

	@TempDir
	Path dir;

	@Test
	void checkListsFilesThatWouldChangeAndWritesNothing() throws Exception {
		Path messy = dir.resolve("messy.cryo");
		Path clean = dir.resolve("clean.cryo");
		Files.writeString(messy, MESSY);
		Files.writeString(clean, CANONICAL);
		CliRunner r = CliRunner.run("format", "--check", messy.toString(), clean.toString());
		assertEquals(1, r.exitCode(), r.err());
		assertEquals(messy + "\n", r.out().replace("\r", ""));
		assertEquals(MESSY, Files.readString(messy));
		assertTrue(r.err().contains("1 would be reformatted"), r.err());
	}

	@Test
	void formatsInPlaceAndIsThenClean() throws Exception {
		Path messy = dir.resolve("messy.cryo");
		Files.writeString(messy, MESSY);
		CliRunner r = CliRunner.run("format", messy.toString());
		assertEquals(0, r.exitCode(), r.err());
		assertEquals(CANONICAL, Files.readString(messy));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary file is left beside the spec");
		}
		CliRunner again = CliRunner.run("format", "--check", messy.toString());
		assertEquals(0, again.exitCode(), again.out() + again.err());
		assertEquals("", again.out());
	}

	@Test
	void aDirectoryStandsForItsSpecs() throws Exception {
		Files.createDirectories(dir.resolve("sub"));
		Files.writeString(dir.resolve("sub/a.cryo"), MESSY);
		Files.writeString(dir.resolve("b.cryo"), CANONICAL);
		Files.writeString(dir.resolve("notes.txt"), "not a spec");
		CliRunner r = CliRunner.run("format", "--check", dir.toString());
		assertEquals(1, r.exitCode(), r.err());
		assertEquals(dir.resolve("sub/a.cryo") + "\n", r.out());
		assertTrue(r.err().startsWith("2 file(s)"), r.err());
	}

	@Test
	void aSpecWithSyntaxErrorsIsReportedAndLeftAlone() throws Exception {
		Path broken = dir.resolve("broken.cryo");
		String text = "system S {\n\tchamber a {\n\t\tvolume = 2 m3\n\t}\n}\n";
		Files.writeString(broken, text);
		CliRunner r = CliRunner.run("format", broken.toString());
		assertEquals(1, r.exitCode());
		assertTrue(r.err().startsWith(broken + ":3:10: error: "), r.err());
		assertTrue(r.err().contains("[syntax]"), r.err());
		assertFalse(r.err().contains("Exception"), r.err());
		assertEquals(text, Files.readString(broken));
	}

	/** The valid examples (dsl-examples/invalid/ holds specs that must fail). */
	private static String[] validExamples(String... command) throws Exception {
		Path root = Path.of(CliRunner.example(""));
		try (Stream<Path> files = Files.walk(root)) {
			return Stream.concat(Stream.of(command), files.filter(p -> p.toString().endsWith(".cryo"))
					.filter(p -> !root.relativize(p).toString().startsWith("invalid")).map(Path::toString).sorted())
					.toArray(String[]::new);
		}
	}

	@Test
	void everyExampleIsCanonical() throws Exception {
		CliRunner r = CliRunner.run(validExamples("format", "--check"));
		assertEquals(0, r.exitCode(), r.out() + r.err());
		assertEquals("", r.out());
	}

	@Test
	void windowsLineEndsBecomeNewlinesAndEmptySpecsAreFine() throws Exception {
		Path crlf = dir.resolve("crlf.cryo");
		Files.writeString(crlf, CANONICAL.replace("\n", "\r\n"));
		Files.writeString(dir.resolve("empty.cryo"), "");
		Files.writeString(dir.resolve("comment.cryo"), "// nothing yet\n");
		CliRunner r = CliRunner.run("format", dir.toString());
		assertEquals(0, r.exitCode(), r.err());
		assertEquals(crlf + "\n", r.out());
		assertEquals(CANONICAL, Files.readString(crlf));
	}

	@Test
	void missingFileIsExitTwo() {
		CliRunner r = CliRunner.run("format", "no/such.cryo");
		assertEquals(2, r.exitCode());
		assertEquals("cryo: no/such.cryo: no such file", r.err().trim());
	}

	@Test
	void checkAcceptsADirectory() throws Exception {
		Files.writeString(dir.resolve("a.cryo"), CANONICAL);
		Files.createDirectories(dir.resolve("sub"));
		Files.writeString(dir.resolve("sub/b.cryo"), "system B {\n\tchamber b {\n\t\tvolume 2 K\n\t}\n}\n");
		CliRunner r = CliRunner.run("check", dir.toString());
		assertEquals(1, r.exitCode(), r.out() + r.err());
		assertEquals(dir.resolve("sub/b.cryo") + ":3:12: error: ", r.out().substring(0, r.out().indexOf("error: ") + 7));
		assertTrue(r.err().startsWith("2 file(s) checked: 1 error(s)"), r.err());
	}

	@Test
	void everyValidExampleChecksClean() throws Exception {
		CliRunner r = CliRunner.run(validExamples("check"));
		assertEquals(0, r.exitCode(), r.out() + r.err());
	}
}
