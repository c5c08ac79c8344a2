package org.cryostudio.ui.tests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cryostudio.ui.editor.CryoEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

/**
 * Not a test (its name keeps it out of the normal run): measures the desktop's responsiveness and
 * writes the numbers to {@code target/bench/desktop.txt}. Run by {@code tools/bench-desktop.sh} as
 * the only class of a fresh workbench, so the first figure includes the workbench's own start.
 * <ul>
 * <li>JVM start to an editable editor whose spec has been checked (highlighting, markers);</li>
 * <li>keystroke to updated problem markers on a 1,000-line spec (error typed, error fixed);</li>
 * <li>UI-thread event-loop latency while typing into that spec (what a user feels as a freeze).</li>
 * </ul>
 */
class DesktopBenchmark {

	private static final int ROUNDS = 20;

	private final List<String> lines = new ArrayList<>();

	@Test
	void measure() throws Exception {
		IProject project = Specs.project("bench");
		IFile small = Specs.file(project, "chamber.cryo", Specs.example("quickstart/chamber.cryo"));
		CryoEditor first = Specs.open(small);
		Specs.waitUntil("first spec checked", 60_000, () -> first.model() != null);
		long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		report("JVM start to an editable, checked editor (workbench start included): %d ms", sinceJvmStart);

		String big = bigSpec(1000);
		IFile file = Specs.file(project, "big.cryo", big);
		long opened = System.nanoTime();
		CryoEditor editor = Specs.open(file);
		Specs.waitUntil("big spec checked", 60_000, () -> editor.model() != null);
		report("open a %d-line spec to its first check: %d ms", big.split("\n").length, (System.nanoTime() - opened) / 1_000_000);
		Specs.settle();
		if (!errors(file).isEmpty()) {
			throw new AssertionError("the generated spec must be clean: " + errors(file));
		}

		IDocument document = editor.document();
		List<Long> toError = new ArrayList<>();
		List<Long> toClean = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			String good = "volume 0.35 m3";
			int at = document.get().indexOf(good, document.get().indexOf("chamber c" + (40 + round) + " ")) + "volume 0.35 ".length();
			long t0 = System.nanoTime();
			document.replace(at, 2, "K"); // a temperature unit on a volume: unit-dimension
			Specs.waitUntil("error marker", 10_000, () -> !errors(file).isEmpty());
			toError.add((System.nanoTime() - t0) / 1_000_000);
			long t1 = System.nanoTime();
			document.replace(at, 1, "m3");
			Specs.waitUntil("marker cleared", 10_000, () -> errors(file).isEmpty());
			toClean.add((System.nanoTime() - t1) / 1_000_000);
		}
		report("keystroke to error marker, 1,000-line spec, %d rounds: median %d ms, max %d ms", ROUNDS, median(toError),
				Collections.max(toError));
		report("keystroke to cleared marker, 1,000-line spec, %d rounds: median %d ms, max %d ms", ROUNDS, median(toClean),
				Collections.max(toClean));

		typingLatency(editor);
		editor.doRevertToSaved();
		Specs.page().closeAllEditors(false);
		Path out = Path.of(System.getProperty("cryo.bench", "target/bench"), "desktop.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, lines, StandardCharsets.UTF_8);
	}

	/**
	 * A probe thread asks the UI thread every 5 ms to run an empty task and records how long it
	 * waited; meanwhile 300 characters are typed at 20 per second (document edits on the UI thread,
	 * each followed by the language worker's re-check and the editor's repaint of its results).
	 */
	private void typingLatency(CryoEditor editor) throws InterruptedException, IOException {
		Display display = Display.getCurrent();
		IDocument document = editor.document();
		ConcurrentLinkedQueue<Long> waits = new ConcurrentLinkedQueue<>();
		AtomicBoolean running = new AtomicBoolean(true);
		Thread probe = new Thread(() -> {
			while (running.get()) {
				long posted = System.nanoTime();
				display.syncExec(() -> waits.add((System.nanoTime() - posted) / 1_000_000));
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "ui-latency-probe");
		int at = document.get().indexOf("chamber c60 ");
		at = document.get().indexOf("\n", at) + 1;
		String typed = "\t\t// the engineer types a comment here, one key at a time, while the spec is re-checked\n";
		probe.start();
		int keys = 0;
		for (int i = 0; keys < 300; i = (i + 1) % typed.length(), keys++) {
			try {
				document.replace(at++, 0, String.valueOf(typed.charAt(i)));
			} catch (org.eclipse.jface.text.BadLocationException e) {
				throw new IllegalStateException(e);
			}
			long until = System.currentTimeMillis() + 50;
			while (System.currentTimeMillis() < until) {
				if (!display.readAndDispatch()) {
					Thread.sleep(1);
				}
			}
		}
		running.set(false);
		while (probe.isAlive()) {
			display.readAndDispatch();
		}
		List<Long> sorted = new ArrayList<>(waits);
		Collections.sort(sorted);
		long over100 = sorted.stream().filter(w -> w > 100).count();
		report("UI event-loop latency while typing 300 keys into the 1,000-line spec: %d samples, median %d ms, p99 %d ms, max %d ms, %d above 100 ms",
				sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.99)), sorted.get(sorted.size() - 1), over100);
	}

	/** A clean spec of about that many lines: chambers joined by tubes. */
	static String bigSpec(int targetLines) {
		StringBuilder s = new StringBuilder("// generated for the desktop benchmark\nsystem Big {\n");
		int i = 0;
		while (s.chars().filter(c -> c == '\n').count() < targetLines - 12) {
			s.append("\tchamber c").append(i).append(" {\n\t\tvolume 0.35 m3\n\t\twall area 3.2 m2\n\t\twall temperature 295 K\n\t}\n\n");
			if (i > 0) {
				s.append("\ttube t").append(i).append(" from c").append(i - 1).append(" to c").append(i)
						.append(" {\n\t\tdiameter 40 mm\n\t\tlength 1 m\n\t}\n\n");
			}
			i++;
		}
		s.append("\trequire pressure(c0) < 1e-3 Pa after 24 h\n}\n");
		return s.toString();
	}

	private static List<IMarker> errors(IFile file) {
		return Specs.problems(file).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR).toList();
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private void report(String format, Object... args) throws IOException {
		String line = String.format(Locale.ROOT, format, args);
		System.out.println("bench: " + line);
		lines.add(line);
	}
}
