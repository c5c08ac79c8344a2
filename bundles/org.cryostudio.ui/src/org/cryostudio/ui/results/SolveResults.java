package org.cryostudio.ui.results;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;

/** The latest solve of each spec, and who wants to hear about new ones (the Results and Chart views). */
public final class SolveResults {

	private static final Map<IFile, SolveOutcome> LATEST = new ConcurrentHashMap<>();
	private static final CopyOnWriteArrayList<Consumer<SolveOutcome>> LISTENERS = new CopyOnWriteArrayList<>();

	private SolveResults() {
	}

	public static SolveOutcome latest(IFile spec) {
		return spec == null ? null : LATEST.get(spec);
	}

	static void publish(SolveOutcome outcome) {
		LATEST.put(outcome.spec(), outcome);
		LISTENERS.forEach(l -> l.accept(outcome));
	}

	/** @param listener called on the thread that solved; listeners move to the UI thread themselves */
	public static void addListener(Consumer<SolveOutcome> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Consumer<SolveOutcome> listener) {
		LISTENERS.remove(listener);
	}
}
