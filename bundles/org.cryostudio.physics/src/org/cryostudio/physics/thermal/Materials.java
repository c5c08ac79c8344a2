package org.cryostudio.physics.thermal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The standard library's materials, looked up by the names a spec uses ("SS304", "SS316LN",
 * "OFHC_RRR100", "Al6061T6", "G10CR", "Ti6Al4V", "Polyimide") or an alias ("304", "Kapton", ...),
 * case-insensitively. Data files: {@code materials/*.properties} next to this class, listed in
 * {@code materials.index}.
 */
public final class Materials {

	private static final Map<String, Material> BY_NAME = load();

	private Materials() {
	}

	/** @return the material, or empty when unknown */
	public static Optional<Material> lookup(String name) {
		return Optional.ofNullable(BY_NAME.get(name.strip().toLowerCase(Locale.ROOT)));
	}

	/**
	 * @throws IllegalArgumentException for an unknown name, listing the known ones
	 */
	public static Material of(String name) {
		return lookup(name).orElseThrow(() -> new IllegalArgumentException("unknown material '" + name + "'; known: " + names()));
	}

	/** @return the canonical names of all materials */
	public static List<String> names() {
		List<String> names = new ArrayList<>();
		for (Material m : BY_NAME.values()) {
			if (!names.contains(m.name())) {
				names.add(m.name());
			}
		}
		return names;
	}

	private static Map<String, Material> load() {
		Map<String, Material> map = new LinkedHashMap<>();
		for (String file : read("materials.index").split("\\R")) {
			if (file.isBlank()) {
				continue;
			}
			Properties p = new Properties();
			try (InputStream in = Materials.class.getResourceAsStream("materials/" + file.strip() + ".properties")) {
				if (in == null) {
					throw new IllegalStateException("missing material data file " + file);
				}
				p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			Material m = new Material(p);
			map.put(m.name().toLowerCase(Locale.ROOT), m);
			for (String alias : m.aliases()) {
				map.putIfAbsent(alias.toLowerCase(Locale.ROOT), m);
			}
		}
		return map;
	}

	private static String read(String name) {
		try (InputStream in = Materials.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
