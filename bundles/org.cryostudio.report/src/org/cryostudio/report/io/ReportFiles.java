package org.cryostudio.report.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cryostudio.report.model.Report;

/**
 * Writes a report in several formats beside each other ({@code DIR/NAME.html}, {@code DIR/NAME.pdf}).
 * Every format is rendered before the first file is written, so that a rendering failure leaves
 * all previous reports in place; each file is then replaced atomically.
 */
public final class ReportFiles {

	/** One file written. */
	public record Written(ReportFormat format, Path path, int bytes) {
	}

	private ReportFiles() {
	}

	/**
	 * @param dir      the directory (created when missing)
	 * @param baseName the file name without extension, e.g. "chamber"
	 * @return the files written, in format order
	 */
	public static List<Written> write(Report report, Path dir, String baseName, Set<ReportFormat> formats) throws IOException {
		Map<ReportFormat, byte[]> rendered = new LinkedHashMap<>();
		for (ReportFormat f : ReportFormat.values()) {
			if (formats.contains(f)) {
				rendered.put(f, f.render(report));
			}
		}
		List<Written> written = new ArrayList<>();
		for (Map.Entry<ReportFormat, byte[]> e : rendered.entrySet()) {
			Path target = dir.resolve(baseName + "." + e.getKey().extension());
			AtomicFiles.write(target, e.getValue());
			written.add(new Written(e.getKey(), target, e.getValue().length));
		}
		return written;
	}
}
