package org.cryostudio.diagram.core.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.cryostudio.diagram.core.io.AtomicFile;
import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.Point;

/**
 * The positions a user gave diagram elements, kept beside the spec in {@code NAME.cryo.layout}:
 * one line per element, {@code view qualified.name x y}, sorted by view then name, integer
 * coordinates and a fixed header, so the file diffs cleanly in git and only changes when the user
 * moves, renames or deletes something in the diagram. Lines it cannot read are reported and
 * dropped on the next write rather than failing the diagram.
 */
public final class LayoutFile {

	public static final String SUFFIX = ".layout";
	static final String HEADER = "# CryoStudio diagram layout: positions set by hand (view, element, x, y); sorted, one per line";

	/** (view, id) -> position; sorted by view order, then id */
	private final TreeMap<Key, Point> positions = new TreeMap<>();
	private final List<String> problems = new ArrayList<>();

	private record Key(DiagramView view, String id) implements Comparable<Key> {
		@Override
		public int compareTo(Key o) {
			int c = view.compareTo(o.view);
			return c != 0 ? c : id.compareTo(o.id);
		}
	}

	/** @return {@code chamber.cryo.layout} beside {@code chamber.cryo} */
	public static Path besides(Path spec) {
		return spec.resolveSibling(spec.getFileName() + SUFFIX);
	}

	/** @return the file's positions, or an empty layout when the file does not exist */
	public static LayoutFile read(Path file) throws IOException {
		try {
			return parse(Files.readString(file, StandardCharsets.UTF_8));
		} catch (NoSuchFileException e) {
			return new LayoutFile();
		}
	}

	public static LayoutFile parse(String text) {
		LayoutFile layout = new LayoutFile();
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\\s+");
			DiagramView view = f.length == 4 ? DiagramView.ofKey(f[0]) : null;
			Point p = f.length == 4 ? point(f[2], f[3]) : null;
			if (view == null || p == null) {
				layout.problems.add("line " + (i + 1) + ": expected 'vacuum|thermal NAME X Y', found '" + line + "'");
				continue;
			}
			layout.positions.put(new Key(view, f[1]), p);
		}
		return layout;
	}

	private static Point point(String x, String y) {
		try {
			return new Point(Double.parseDouble(x), Double.parseDouble(y));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** @return lines of the file that could not be read, with their line numbers */
	public List<String> problems() {
		return Collections.unmodifiableList(problems);
	}

	public Point get(DiagramView view, String id) {
		return positions.get(new Key(view, id));
	}

	/** @return the positions of one view by element id */
	public Map<String, Point> positions(DiagramView view) {
		Map<String, Point> result = new LinkedHashMap<>();
		positions.forEach((k, p) -> {
			if (k.view == view) {
				result.put(k.id, p);
			}
		});
		return result;
	}

	/** Records a position, rounded to whole units (sub-pixel noise would make diffs). */
	public void put(DiagramView view, String id, Point p) {
		if (id.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("element id with white space: '" + id + "'");
		}
		positions.put(new Key(view, id), new Point(Math.round(p.x()), Math.round(p.y())));
	}

	public boolean remove(DiagramView view, String id) {
		return positions.remove(new Key(view, id)) != null;
	}

	/**
	 * Follows a rename in every view: the element itself and everything qualified by its name
	 * ({@code Sys.main} and {@code Sys.main.x} when {@code Sys.main} becomes {@code Sys.vessel}).
	 *
	 * @return whether anything changed
	 */
	public boolean rename(String oldName, String newName) {
		Map<Key, Point> moved = new TreeMap<>();
		positions.entrySet().removeIf(e -> {
			String id = e.getKey().id;
			String renamed = id.equals(oldName) ? newName
					: id.startsWith(oldName + ".") ? newName + id.substring(oldName.length()) : null;
			if (renamed != null) {
				moved.put(new Key(e.getKey().view, renamed), e.getValue());
				return true;
			}
			return false;
		});
		positions.putAll(moved);
		return !moved.isEmpty();
	}

	/** Drops the positions of one view whose element is not in {@code ids}; @return whether any was dropped */
	public boolean retain(DiagramView view, Set<String> ids) {
		return positions.keySet().removeIf(k -> k.view == view && !ids.contains(k.id));
	}

	public boolean isEmpty() {
		return positions.isEmpty();
	}

	public String format() {
		StringBuilder sb = new StringBuilder(HEADER).append('\n');
		positions.forEach((k, p) -> sb.append(k.view.key()).append(' ').append(k.id).append(' ')
				.append(Math.round(p.x())).append(' ').append(Math.round(p.y())).append('\n'));
		return sb.toString();
	}

	/**
	 * Writes the file atomically: a temporary file in the same directory is moved over the old
	 * one, so a crash never leaves half a layout. An empty layout deletes the file.
	 */
	public void write(Path file) throws IOException {
		if (positions.isEmpty()) {
			Files.deleteIfExists(file);
			return;
		}
		AtomicFile.write(file, format().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof LayoutFile l && positions.equals(l.positions);
	}

	@Override
	public int hashCode() {
		return Objects.hash(positions);
	}
}
