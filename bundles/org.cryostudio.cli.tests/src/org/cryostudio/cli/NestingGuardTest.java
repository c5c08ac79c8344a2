package org.cryostudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression for a fuzzing finding: 100,000 nested parentheses overflowed the parser's stack. */
class NestingGuardTest {

	@TempDir
	Path dir;

	@Test
	void deepNestingIsALocatedSyntaxErrorNotACrash() throws Exception {
		Path deep = dir.resolve("deep.cryo");
		Files.writeString(deep, "system S {\n\tchamber c { volume 1 " + "(".repeat(100_000) + "m3 } }\n");
		CliRunner r = CliRunner.run("check", deep.toString());
		assertEquals(1, r.exitCode(), r.err());
		assertTrue(r.out().startsWith(deep + ":2:"), r.out());
		assertTrue(r.out().contains("nested deeper than 256 levels"), r.out());
		assertTrue(r.out().trim().endsWith("[syntax]"), r.out());
	}

	@Test
	void commentsAndStringsDoNotCount() {
		String text = "// " + "(".repeat(1000) + "\n/* " + "{".repeat(1000) + " */ import \"" + "(".repeat(1000) + "\"\n";
		assertNull(NestingGuard.check(text));
	}

	@Test
	void reportsLineAndColumnWhereTheLimitIsCrossed() {
		NestingGuard.Violation v = NestingGuard.check("a\n" + "{".repeat(300));
		assertEquals(2, v.line());
		assertEquals(NestingGuard.MAX_DEPTH + 1, v.column());
	}
}
