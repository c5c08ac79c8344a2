package org.cryostudio.bench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** One line that says what the figures were measured on: CPU, cores, memory, OS and JDK. */
final class Machine {

	private Machine() {
	}

	static String describe() {
		String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
		String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal")
				.map(v -> String.format(Locale.ROOT, "%.0f GiB", Long.parseLong(v.replaceAll("[^0-9]", "")) / 1048576.0))
				.orElse("? GiB");
		String os = firstValue(Path.of("/etc/os-release"), "PRETTY_NAME").map(v -> v.replace("\"", ""))
				.orElse(System.getProperty("os.name"));
		return String.format(Locale.ROOT, "%s, %d cores, %s, %s, %s %s", cpu, Runtime.getRuntime().availableProcessors(),
				memory, os, System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
	}

	private static java.util.Optional<String> firstValue(Path file, String key) {
		try {
			return Files.readAllLines(file).stream().filter(l -> l.startsWith(key))
					.map(l -> l.substring(l.indexOf(l.contains(":") ? ':' : '=') + 1).trim()).findFirst();
		} catch (IOException | RuntimeException e) {
			return java.util.Optional.empty();
		}
	}
}
