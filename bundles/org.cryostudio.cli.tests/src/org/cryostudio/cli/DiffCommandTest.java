package org.cryostudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.cryostudio.report.design.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code cryo diff} on two versions of the quickstart example: the changed input and the changed results. */
class DiffCommandTest {

	@TempDir
	Path dir;

	private Path versions() throws Exception {
		String original = Files.readString(Path.of(CliRunner.example("quickstart/chamber.cryo")));
		assertTrue(original.contains("panel temperature 12 K"));
		Files.writeString(dir.resolve("before.cryo"), original);
		Files.writeString(dir.resolve("after.cryo"), original.replace("panel temperature 12 K", "panel temperature 20 K"));
		return dir;
	}

	@Test
	void textNamesTheChangedInputAndResults() throws Exception {
		versions();
		CliRunner r = CliRunner.run("diff", dir.resolve("before.cryo").toString(), dir.resolve("after.cryo").toString());
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(r.out().contains("Inputs: 1 changed"), r.out());
		assertTrue(r.out().contains("changed QuickstartChamber.cp / panel temperature: 12 K (before.cryo:19) -> 20 K (after.cryo:19)"
				+ "  (+8 K, +66.67 %)"), r.out());
		assertTrue(r.out().contains("condensation floors / QuickstartChamber.cp / pressure floor of N2 at panel"), r.out());
	}

	@Test
	void jsonCarriesSiValuesWithUnits() throws Exception {
		versions();
		CliRunner r = CliRunner.run("diff", "--json", dir.resolve("before.cryo").toString(), dir.resolve("after.cryo").toString());
		assertEquals(0, r.exitCode(), r.err());
		JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
		JsonArray inputs = root.getAsJsonArray("inputs");
		assertEquals(1, inputs.size());
		JsonObject change = inputs.get(0).getAsJsonObject();
		assertEquals(20, change.getAsJsonObject("after").get("value").getAsDouble(), 0);
		assertEquals("K", change.getAsJsonObject("absolute").get("unit").getAsString());
		JsonObject n2 = null;
		for (var e : root.getAsJsonArray("results")) {
			JsonObject o = e.getAsJsonObject();
			if (o.get("source").getAsString().equals("condensation floors") && o.get("quantity").getAsString().contains("N2")) {
				n2 = e.getAsJsonObject();
			}
		}
		assertTrue(n2 != null, r.out());
		assertEquals("Pa", n2.getAsJsonObject("before").get("unit").getAsString());
		assertTrue(n2.get("relative").getAsDouble() > 100, "N2 sublimation pressure rises by decades from 12 K to 20 K");
	}

	@Test
	void htmlPageForAMergeRequest() throws Exception {
		versions();
		Path page = dir.resolve("diff.html");
		CliRunner r = CliRunner.run("diff", "--html", page.toString(), dir.resolve("before.cryo").toString(),
				dir.resolve("after.cryo").toString());
		assertEquals(0, r.exitCode(), r.err());
		String html = Files.readString(page);
		assertTrue(html.contains("<section id=\"diff-inputs\">") && html.contains("<section id=\"diff-results\">"), html);
		assertTrue(html.contains("panel temperature"));
	}

	@Test
	void revisionOfAFileInGit() throws Exception {
		versions();
		git("init", "-q");
		git("add", "before.cryo");
		git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "one");
		Files.writeString(dir.resolve("before.cryo"), Files.readString(dir.resolve("after.cryo")));
		DesignLoader loader = new DesignLoader(new Git(), dir);
		DesignLoader.Loaded head = loader.load("HEAD:before.cryo");
		DesignLoader.Loaded work = loader.load("before.cryo");
		assertTrue(new String(head.content(), StandardCharsets.UTF_8).contains("panel temperature 12 K"));
		assertTrue(new String(work.content(), StandardCharsets.UTF_8).contains("panel temperature 20 K"));
		assertEquals(40, head.git().revision().length());
		assertTrue(work.git().treeDirty());
		assertEquals(dir.resolve("before.cryo").toRealPath(), head.path().toRealPath());
	}

	@Test
	void unknownRevisionIsOneLine() {
		CliRunner r = CliRunner.run("diff", "no-such-rev:nothing.cryo", CliRunner.example("quickstart/chamber.cryo"));
		assertEquals(2, r.exitCode());
		assertEquals(1, r.err().strip().lines().count(), r.err());
		assertTrue(r.err().contains("no-such-rev:nothing.cryo"), r.err());
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
