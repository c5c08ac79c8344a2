package org.cryostudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports cannot read arbitrary paths (issue 12): a spec in a project (a directory holding
 * .cryoproject) imports only .cryo files inside that project, whatever the path or link says.
 */
class ImportConfinementTest {

	@TempDir
	Path dir;

	private Path project;
	private Path outside;

	@BeforeEach
	void projectWithASecretNextToIt() throws Exception {
		project = Files.createDirectories(dir.resolve("project"));
		Files.writeString(project.resolve(".cryoproject"), "");
		outside = dir.resolve("secret.cryo");
		Files.writeString(outside, "catalog Secret { material Unobtainium { } }\n");
	}

	private CliRunner check(String importText) throws Exception {
		Path spec = project.resolve("spec.cryo");
		Files.writeString(spec, "import \"" + importText + "\"\nsystem S {\n\tchamber a { volume 1 m3 }\n}\n");
		return CliRunner.run("check", spec.toString());
	}

	private static void assertRefused(CliRunner r, String code) {
		assertEquals(1, r.exitCode(), r.out() + r.err());
		assertTrue(r.out().contains(":1:8: error: ") && r.out().contains("[" + code + "]"), r.out());
		assertFalse(r.err().contains("Exception"), r.err());
	}

	@Test
	void climbingAboveTheProjectIsRefused() throws Exception {
		assertRefused(check("../secret.cryo"), "import-outside-root");
	}

	@Test
	void absolutePathsAndUrisAreRefused() throws Exception {
		assertRefused(check(outside.toString()), "import-absolute");
		assertRefused(check("file:///etc/passwd"), "import-absolute");
		assertRefused(check("http://example.org/catalog.cryo"), "import-absolute");
	}

	@Test
	void aLinkInsideTheProjectCannotLeadOut() throws Exception {
		Files.createSymbolicLink(project.resolve("link.cryo"), outside);
		assertRefused(check("link.cryo"), "import-outside-root");
		Files.createSymbolicLink(project.resolve("shared"), dir);
		assertRefused(check("shared/secret.cryo"), "import-outside-root");
	}

	/** an XML file with an external entity is never handed to an XML parser */
	@Test
	void onlyCryoFilesAreEverLoaded() throws Exception {
		Files.writeString(project.resolve("model.xmi"), """
				<?xml version="1.0"?>
				<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
				<x>&xxe;</x>
				""");
		CliRunner r = check("model.xmi");
		assertRefused(r, "import-not-found");
		assertTrue(r.out().contains("only .cryo specs can be imported"), r.out());
		assertFalse(r.out().contains("root:"), r.out());
	}

	@Test
	void aSiblingSpecInsideTheProjectIsImported() throws Exception {
		Files.writeString(project.resolve("lib.cryo"), "catalog Lib { material Copper2 { } }\n");
		CliRunner r = check("lib.cryo");
		assertFalse(r.out().contains("[import-"), r.out());
	}
}
