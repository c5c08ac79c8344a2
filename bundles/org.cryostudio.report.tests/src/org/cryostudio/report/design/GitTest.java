package org.cryostudio.report.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's questions to git, asked of a real repository made for the test. */
class GitTest {

	@TempDir
	Path dir;

	@Test
	void committedThenModifiedFile() throws Exception {
		Path spec = dir.resolve("s.cryo");
		Files.writeString(spec, "system A { }\n");
		git("init", "-q");
		git("add", "s.cryo");
		git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "one");
		Git g = new Git();
		GitState clean = g.state(spec);
		assertTrue(clean.versioned());
		assertEquals(40, clean.revision().length());
		assertFalse(clean.treeDirty());
		assertEquals("unmodified", clean.fileStatus());

		Files.writeString(spec, "system B { }\n");
		GitState dirty = g.state(spec);
		assertTrue(dirty.treeDirty());
		assertEquals("modified", dirty.fileStatus());
		assertEquals(clean.revision(), dirty.revision());
		assertArrayEquals("system A { }\n".getBytes(StandardCharsets.UTF_8), g.show(dir, "HEAD", "s.cryo").orElseThrow());
		assertTrue(g.show(dir, "HEAD", "missing.cryo").isEmpty());
		assertEquals(clean.revision(), g.resolve(dir, "HEAD").orElseThrow());
	}

	@Test
	void withoutGitTheFileIsNotVersioned() throws Exception {
		Path spec = dir.resolve("s.cryo");
		Files.writeString(spec, "system A { }\n");
		assertEquals(GitState.NOT_VERSIONED, new Git("git-that-does-not-exist").state(spec));
		assertTrue(new Git("git-that-does-not-exist").show(dir, "HEAD", "s.cryo").isEmpty());
	}

	private void git(String... args) throws Exception {
		String[] command = new String[args.length + 3];
		command[0] = "git";
		command[1] = "-C";
		command[2] = dir.toString();
		System.arraycopy(args, 0, command, 3, args.length);
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, p.exitValue(), out);
	}
}
