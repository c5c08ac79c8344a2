package org.cryostudio.bench.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites the generated part of BENCHMARKS.md, between two marker comments, and leaves the
 * hand-written sections (JMH details, comparisons, gaps) as they are. The file is replaced
 * atomically so an interrupted run never leaves it half written.
 */
final class BenchmarksFile {

	static final String BEGIN = "<!-- bench:suite:begin (tools/bench.sh rewrites this part) -->";
	static final String END = "<!-- bench:suite:end -->";

	private BenchmarksFile() {
	}

	static String table(String machine, String date, String command, List<Measurement> rows) {
		StringBuilder s = new StringBuilder();
		s.append(BEGIN).append("\n## Benchmark suite\n\n");
		s.append("Measured ").append(date).append(" by `").append(command).append("` on: ").append(machine)
				.append(".\nWall-clock times; the machine may be shared, so read figures as +-20 %.\n");
		Map<String, List<Measurement>> groups = new LinkedHashMap<>();
		for (Measurement m : rows) {
			groups.computeIfAbsent(m.group(), g -> new java.util.ArrayList<>()).add(m);
		}
		for (Map.Entry<String, List<Measurement>> g : groups.entrySet()) {
			s.append("\n### ").append(g.getKey()).append("\n\n| what | figure | how |\n|---|---|---|\n");
			for (Measurement m : g.getValue()) {
				s.append("| ").append(cell(m.what())).append(" | ").append(cell(m.figure())).append(" | ")
						.append(cell(m.note())).append(" |\n");
			}
		}
		return s.append('\n').append(END).toString();
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

	/** Puts the table in place of the marked part, or after the title when there is none yet. */
	static void rewrite(Path file, String table) throws IOException {
		String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# CryoStudio benchmarks\n";
		String updated;
		int begin = old.indexOf(BEGIN);
		int end = old.indexOf(END);
		if (begin >= 0 && end > begin) {
			updated = old.substring(0, begin) + table + old.substring(end + END.length());
		} else {
			int afterTitle = old.indexOf('\n') + 1;
			int firstSection = old.indexOf("\n## ");
			int at = firstSection >= 0 ? firstSection + 1 : afterTitle;
			updated = old.substring(0, at) + table + "\n\n" + old.substring(at);
		}
		Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".BENCHMARKS", ".tmp");
		Files.writeString(tmp, updated, StandardCharsets.UTF_8);
		Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
