package org.cryostudio.layering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * CryoStudio never touches the network (issue 12): designs may be confidential, the machines it
 * runs on are often offline, and the language server talks over stdio. This check fails the build
 * when a bundle's source uses a network API: sockets, HTTP clients, URL connections, or
 * {@code URL.openStream()} on anything but a bundle-entry or class-path resource URL (which the
 * source must say by calling it on {@code getEntry(...)}/{@code getResource(...)} directly).
 */
public final class NoNetworkCheck {

	private static final Pattern NETWORK_IMPORT = Pattern.compile(
			"^[ \\t]*import\\s+(java\\.net\\.(http\\.[\\w.*]+|Socket|ServerSocket|DatagramSocket|HttpURLConnection|URLConnection"
					+ "|MulticastSocket)|javax\\.net\\.[\\w.*]+|java\\.nio\\.channels\\.(SocketChannel|ServerSocketChannel|DatagramChannel))\\s*;",
			Pattern.MULTILINE);
	private static final Pattern NETWORK_CALL = Pattern.compile("\\.openConnection\\s*\\(|new\\s+Socket\\s*\\(|HttpClient\\s*\\.");

	private NoNetworkCheck() {
	}

	/** @return one message per use of a network API in any bundle's sources */
	public static List<String> check(Path bundlesDir) throws IOException {
		List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.walk(bundlesDir)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/target/")).sorted()
					.toList()) {
				String text = Files.readString(file);
				report(bundlesDir, file, text, NETWORK_IMPORT.matcher(text), "imports network API ", violations);
				report(bundlesDir, file, text, NETWORK_CALL.matcher(text), "calls network API ", violations);
			}
		}
		return violations;
	}

	private static void report(Path root, Path file, String text, Matcher m, String what, List<String> violations) {
		while (m.find()) {
			int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
			violations.add(root.relativize(file) + ":" + line + " " + what + m.group().trim()
					+ " (CryoStudio works offline; see NoNetworkCheck)");
		}
	}
}
