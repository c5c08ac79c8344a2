package org.cryostudio.ui.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

import org.cryostudio.ui.internal.CryoLanguage;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The Cryo specs of the Eclipse workspace as the language server models them (Xtext's
 * {@link WorkspaceManager}: index, incremental builder, validation), kept in-process and owned by one
 * worker thread so that typing never waits for parsing.
 * <p>
 * Writes (open, change, close, files changed on disk, projects) are queued and applied in order;
 * consecutive writes are coalesced and then built once. A build is abandoned as soon as another write
 * arrives, so while the user types only the last text gets validated. Reads run in queue order after
 * a complete build of everything written before them, so they always see the text their caller saw.
 */
public final class CryoWorkspace {

	private static CryoWorkspace instance;

	private final BlockingDeque<Task> queue = new LinkedBlockingDeque<>();
	private final Map<String, URI> projects = new ConcurrentHashMap<>();
	private final List<SpecListener> listeners = new CopyOnWriteArrayList<>();
	private final Thread worker;
	private final Object idleLock = new Object();

	// owned by the worker thread
	private WorkspaceManager workspace;
	private UriExtensions uris;
	private OperationCanceledManager cancelManager;
	private InProcessServerAccess serverAccess;
	private final Map<URI, Integer> openVersions = new HashMap<>();
	private final Map<URI, Integer> reportedVersions = new HashMap<>();
	private boolean unbuilt;
	private volatile boolean working;

	private CryoWorkspace() {
		worker = new Thread(this::work, "CryoStudio language worker");
		worker.setDaemon(true);
		worker.start();
	}

	/** @return the workspace model, started on first use */
	public static synchronized CryoWorkspace get() {
		if (instance == null) {
			instance = new CryoWorkspace();
		}
		return instance;
	}

	// ---- projects -------------------------------------------------------------------------

	/**
	 * Starts tracking the specs under a project folder (validating them all).
	 *
	 * @param folder the folder's URI, ending in a slash (see {@link SpecUris#folderOf})
	 * @return true if it was not tracked (there) before
	 */
	public boolean addProject(String name, URI folder) {
		URI before = projects.put(name, folder);
		if (folder.equals(before)) {
			return false;
		}
		write(() -> changeFolders(List.of(folder(name, folder)),
				before == null ? List.of() : List.of(folder(name, before))));
		return true;
	}

	public void removeProject(String name) {
		URI folder = projects.remove(name);
		if (folder != null) {
			write(() -> changeFolders(List.of(), List.of(folder(name, folder))));
		}
	}

	/** @return true if the file lies in a tracked project (any thread) */
	public boolean tracks(URI file) {
		String path = file.toString();
		for (URI folder : projects.values()) {
			if (path.startsWith(folder.toString())) {
				return true;
			}
		}
		return false;
	}

	// ---- documents ------------------------------------------------------------------------

	/** An editor opened the spec: from now on its text, not the file's, is what gets validated. */
	public void open(URI uri, int version, String text) {
		write(() -> {
			openVersions.put(uri, version);
			workspace.didOpen(uri, version, text);
		});
	}

	/** The editor's text changed (the whole text is sent: specs are small and this keeps it simple). */
	public void change(URI uri, int version, String text) {
		write(() -> {
			if (openVersions.containsKey(uri)) {
				openVersions.put(uri, version);
				workspace.didChangeTextDocumentContent(uri, version, List.of(new TextDocumentContentChangeEvent(text)));
			}
		});
	}

	/** The editor closed: the file on disk is what counts again. */
	public void close(URI uri) {
		write(() -> {
			if (openVersions.remove(uri) != null) {
				reportedVersions.remove(uri);
				workspace.didClose(uri);
			}
		});
	}

	/** Files changed, appeared or disappeared on disk (from the workspace builder). */
	public void filesChanged(Collection<URI> changed, Collection<URI> deleted) {
		List<URI> dirty = new ArrayList<>(changed);
		List<URI> gone = new ArrayList<>(deleted);
		write(() -> workspace.didChangeFiles(dirty, gone));
	}

	// ---- reads ----------------------------------------------------------------------------

	/**
	 * Reads one spec after everything written so far has been built.
	 *
	 * @return the reader's answer; cancelling the future tells the reader (through its cancel indicator)
	 *         to stop, and a reader whose spec is not in a tracked project fails
	 */
	public <T> CompletableFuture<T> read(URI uri, SpecReader<T> reader) {
		CompletableFuture<T> result = new CompletableFuture<>();
		queue.add(new Task(false, () -> {
			if (result.isDone()) {
				return;
			}
			if (!tracks(uri)) {
				result.completeExceptionally(new IllegalStateException(uri + " is not in a CryoStudio project"));
				return;
			}
			try {
				T value = workspace.doRead(uri, (document, resource) -> {
					try {
						return reader.read(new SpecAccess(uri, document, resource, workspace, serverAccess,
								result::isCancelled));
					} catch (Exception e) {
						throw new ReadFailure(e);
					}
				});
				result.complete(value);
			} catch (ReadFailure e) {
				result.completeExceptionally(e.getCause());
			} catch (RuntimeException | Error e) {
				result.completeExceptionally(e); // never leave a caller waiting
				if (e instanceof Error error && !(e instanceof LinkageError) && !cancelManager.isOperationCanceledException(e)) {
					throw error;
				}
			}
		}));
		return result;
	}

	// ---- listeners ------------------------------------------------------------------------

	public void addListener(SpecListener listener) {
		listeners.add(listener);
	}

	public void removeListener(SpecListener listener) {
		listeners.remove(listener);
	}

	/**
	 * Waits until the worker has nothing queued and is not working (tests and benchmarks).
	 *
	 * @return false if the time ran out first
	 */
	public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
		long end = System.nanoTime() + unit.toNanos(timeout);
		synchronized (idleLock) {
			while (working || !queue.isEmpty()) {
				long left = end - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				idleLock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
			}
		}
		return true;
	}

	// ---- the worker ------------------------------------------------------------------------

	private record Task(boolean writes, Runnable action) {
	}

	private static final class ReadFailure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		ReadFailure(Exception cause) {
			super(cause);
		}
	}

	private void write(Runnable action) {
		queue.add(new Task(true, action));
	}

	private void work() {
		working = true;
		try {
			start();
		} catch (RuntimeException e) {
			ILog.of(CryoWorkspace.class).error("The Cryo language could not be started", e);
			return;
		}
		while (true) {
			Task task;
			try {
				task = nextTask();
			} catch (InterruptedException e) {
				return;
			}
			try {
				if (task.writes()) {
					task.action().run();
					unbuilt = true;
					if (!(queue.peekFirst() instanceof Task next && next.writes())) {
						build(true);
					}
				} else {
					if (unbuilt) {
						build(false);
					}
					task.action().run();
				}
			} catch (RuntimeException | Error e) {
				// the worker must outlive any one task: a cancellation (an Error in Xtext) only ends that task
				if (cancelManager.isOperationCanceledException(e)) {
					continue;
				}
				if (e instanceof Error error && !(e instanceof LinkageError)) {
					throw error;
				}
				ILog.of(CryoWorkspace.class).error("Cryo language worker: " + e, e);
			}
		}
	}

	private Task nextTask() throws InterruptedException {
		Task task = queue.pollFirst();
		if (task == null) {
			synchronized (idleLock) {
				working = false;
				idleLock.notifyAll();
			}
			task = queue.takeFirst();
		}
		working = true;
		return task;
	}

	private void start() {
		Injector language = CryoLanguage.injector(); // registers the language globally
		Injector server = Guice.createInjector(new InProcessServerModule());
		workspace = server.getInstance(WorkspaceManager.class);
		uris = server.getInstance(UriExtensions.class);
		cancelManager = language.getInstance(OperationCanceledManager.class);
		serverAccess = new InProcessServerAccess(workspace, uris);
		workspace.initialize(List.of(), this::validated, CancelIndicator.NullImpl);
	}

	private WorkspaceFolder folder(String name, URI folder) {
		return new WorkspaceFolder(uris.toUriString(folder), name);
	}

	private void changeFolders(List<WorkspaceFolder> added, List<WorkspaceFolder> removed) {
		workspace.didChangeWorkspaceFolders(
				new DidChangeWorkspaceFoldersParams(new WorkspaceFoldersChangeEvent(added, removed)),
				CancelIndicator.NullImpl);
	}

	/** Builds what the writes left dirty; a cancellable build gives way to the next queued write. */
	private void build(boolean cancellable) {
		CancelIndicator cancel = cancellable
				? () -> queue.peekFirst() instanceof Task next && next.writes()
				: CancelIndicator.NullImpl;
		List<IResourceDescription.Delta> deltas;
		try {
			deltas = workspace.didChangeFiles(List.of(), List.of()).build(cancel);
		} catch (RuntimeException | Error e) {
			if (cancelManager.isOperationCanceledException(e)) {
				return; // still unbuilt: the next write builds again
			}
			unbuilt = false;
			throw e;
		}
		unbuilt = false;
		reportBuilt(deltas, cancel);
	}

	/** Tells the listeners about each open spec whose text or dependencies changed. */
	private void reportBuilt(List<IResourceDescription.Delta> deltas, CancelIndicator cancel) {
		Set<URI> touched = new HashSet<>();
		for (IResourceDescription.Delta delta : deltas) {
			touched.add(delta.getUri());
		}
		for (Map.Entry<URI, Integer> open : openVersions.entrySet()) {
			URI uri = open.getKey();
			if (cancel.isCanceled()) {
				return;
			}
			if (open.getValue().equals(reportedVersions.get(uri)) && !touched.contains(uri)) {
				continue;
			}
			boolean told = workspace.doRead(uri, (document, resource) -> {
				SpecAccess spec = new SpecAccess(uri, document, resource, workspace, serverAccess, cancel);
				for (SpecListener listener : listeners) {
					if (cancel.isCanceled()) {
						return false;
					}
					try {
						listener.built(spec);
					} catch (RuntimeException | Error e) {
						if (cancelManager.isOperationCanceledException(e)) {
							return false; // a newer write is queued; its build tells the listeners again
						}
						if (e instanceof Error error && !(e instanceof LinkageError)) {
							throw error;
						}
						ILog.of(CryoWorkspace.class).error("Cryo spec listener failed", e);
					}
				}
				return true;
			});
			if (told) {
				reportedVersions.put(uri, open.getValue());
			}
		}
	}

	private void validated(URI uri, Iterable<Issue> issues) {
		List<Issue> list = new ArrayList<>();
		issues.forEach(list::add);
		int version = openVersions.getOrDefault(uri, -1);
		for (SpecListener listener : listeners) {
			try {
				listener.validated(uri, version, list);
			} catch (RuntimeException e) {
				ILog.of(CryoWorkspace.class).error("Cryo spec listener failed", e);
			}
		}
	}
}
