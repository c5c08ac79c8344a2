package org.cryostudio.layering;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the layering of ARCHITECTURE.md on the bundle sources:
 * <ul>
 * <li>org.cryostudio bundles only require bundles of lower layers (arrows point down);</li>
 * <li>headless bundles (physics, dsl, dsl.ide, diagram.core, analysis, solver.*, charts, report, cli) and
 * their test fragments import nothing from SWT, JFace or the workbench UI, in their manifest
 * or in any Java source;</li>
 * <li>physics imports nothing from org.eclipse at all.</li>
 * </ul>
 * Usage: {@code LayeringCheck BUNDLES_DIR}; exit 1 with one line per violation.
 */
public final class LayeringCheck {

	/** Layers, lowest first; a bundle may require only bundles of strictly lower layers. */
	private static final List<Pattern> LAYERS = List.of(
			Pattern.compile("org\\.cryostudio\\.physics"),
			Pattern.compile("org\\.cryostudio\\.dsl"),
			Pattern.compile("org\\.cryostudio\\.dsl\\.ide"),
			Pattern.compile("org\\.cryostudio\\.diagram\\.core"),
			Pattern.compile("org\\.cryostudio\\.analysis"),
			Pattern.compile("org\\.cryostudio\\.solver\\.[a-z0-9.]+"),
			Pattern.compile("org\\.cryostudio\\.charts"),
			Pattern.compile("org\\.cryostudio\\.report"),
			Pattern.compile("org\\.cryostudio\\.cli"),
			Pattern.compile("org\\.cryostudio\\.ui"),
			Pattern.compile("org\\.cryostudio\\.diagram"),
			Pattern.compile("org\\.cryostudio\\.rcp"));

	/** Index of the last layer that must stay headless (cli). */
	private static final int LAST_HEADLESS = 8;

	private static final Pattern UI_NAME = Pattern.compile("org\\.eclipse\\.(swt|jface|ui)(\\..*)?");
	private static final Pattern ECLIPSE_NAME = Pattern.compile("org\\.eclipse(\\..*)?");
	private static final Pattern JAVA_IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

	private LayeringCheck() {
	}

	public static void main(String[] args) throws IOException {
		Path bundles = Path.of(args.length > 0 ? args[0] : "bundles");
		List<String> violations = new ArrayList<>(check(bundles));
		violations.addAll(NoNetworkCheck.check(bundles));
		violations.forEach(v -> System.err.println("layering: " + v));
		if (!violations.isEmpty()) {
			System.err.println("layering: " + violations.size() + " violation(s); see ARCHITECTURE.md (bundles and layers)");
			System.exit(1);
		}
		System.out.println("layering: OK");
	}

	/** @return one message per violation, empty when the layering holds */
	public static List<String> check(Path bundlesDir) throws IOException {
		List<String> violations = new ArrayList<>();
		try (Stream<Path> dirs = Files.list(bundlesDir)) {
			for (Path dir : dirs.sorted().toList()) {
				Path mf = dir.resolve("META-INF/MANIFEST.MF");
				if (Files.isRegularFile(mf)) {
					checkBundle(dir, mf, violations);
				}
			}
		}
		return violations;
	}

	private static void checkBundle(Path dir, Path mf, List<String> violations) throws IOException {
		Manifest manifest;
		try (InputStream in = Files.newInputStream(mf)) {
			manifest = new Manifest(in);
		}
		String name = symbolicName(manifest.getMainAttributes().getValue("Bundle-SymbolicName"));
		String host = symbolicName(manifest.getMainAttributes().getValue("Fragment-Host"));
		// a test fragment or test bundle obeys the rules of the bundle it tests
		String subject = host != null ? host : name.endsWith(".tests") ? name.substring(0, name.length() - 6) : name;
		int layer = layerOf(subject);
		if (layer < 0) {
			return;
		}
		boolean headless = layer <= LAST_HEADLESS;
		boolean pure = layer == 0;
		Pattern forbidden = pure ? ECLIPSE_NAME : headless ? UI_NAME : null;

		for (String required : names(manifest.getMainAttributes().getValue("Require-Bundle"))) {
			int requiredLayer = layerOf(required);
			// test bundles may reach across their layer (dsl.tests also tests dsl.ide); UI rules still apply
			if (requiredLayer >= 0 && !required.equals(host) && requiredLayer >= layer && !name.endsWith(".tests")) {
				violations.add(name + " requires " + required + ", which is not in a lower layer");
			}
			if (forbidden != null && forbidden.matcher(required).matches()) {
				violations.add(name + " (" + (pure ? "pure Java" : "headless") + ") requires bundle " + required);
			}
		}
		if (forbidden != null) {
			for (String pkg : names(manifest.getMainAttributes().getValue("Import-Package"))) {
				if (forbidden.matcher(pkg).matches()) {
					violations.add(name + " (" + (pure ? "pure Java" : "headless") + ") imports package " + pkg);
				}
			}
			checkSources(dir, name, forbidden, pure, violations);
		}
	}

	private static void checkSources(Path dir, String name, Pattern forbidden, boolean pure, List<String> violations)
			throws IOException {
		for (String folder : List.of("src", "src-gen")) {
			Path root = dir.resolve(folder);
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
					String text = Files.readString(file);
					Matcher m = JAVA_IMPORT.matcher(text);
					while (m.find()) {
						String imported = m.group(2);
						if (forbidden.matcher(imported).matches()) {
							int line = 1 + (int) text.substring(0, m.start(2)).chars().filter(c -> c == '\n').count();
							violations.add(dir.relativize(file.getParent()).resolve(file.getFileName()) + ":" + line
									+ " in " + name + " (" + (pure ? "pure Java" : "headless") + ") imports " + imported);
						}
					}
				}
			}
		}
	}

	private static int layerOf(String bundle) {
		if (bundle == null) {
			return -1;
		}
		for (int i = 0; i < LAYERS.size(); i++) {
			if (LAYERS.get(i).matcher(bundle).matches()) {
				return i;
			}
		}
		return -1;
	}

	private static String symbolicName(String header) {
		if (header == null) {
			return null;
		}
		int semi = header.indexOf(';');
		return (semi < 0 ? header : header.substring(0, semi)).trim();
	}

	/** Splits an OSGi header into its names, ignoring attributes and directives (quoted commas too). */
	static List<String> names(String header) {
		List<String> result = new ArrayList<>();
		if (header == null) {
			return result;
		}
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				result.add(symbolicName(current.toString()));
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		if (!current.isEmpty()) {
			result.add(symbolicName(current.toString()));
		}
		return result;
	}
}
