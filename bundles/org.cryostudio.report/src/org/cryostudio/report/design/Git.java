package org.cryostudio.report.design;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The few questions a report asks git, run as a subprocess with a time limit (no library: the
 * user's own git, with their configuration, answers). Absent git, a directory outside a work tree
 * or a git that does not answer in time all mean "not under version control".
 */
public final class Git {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final String executable;

	/** Uses {@code git} from the PATH. */
	public Git() {
		this("git");
	}

	/** @param executable the git command (tests pass a missing one) */
	public Git(String executable) {
		this.executable = executable;
	}

	/** @return the state of a file's work tree, {@link GitState#NOT_VERSIONED} outside one */
	public GitState state(Path file) {
		Path dir = file.toAbsolutePath().getParent();
		Optional<String> inside = run(dir, "rev-parse", "--is-inside-work-tree");
		if (inside.isEmpty() || !inside.get().strip().equals("true")) {
			return GitState.NOT_VERSIONED;
		}
		String revision = run(dir, "rev-parse", "--verify", "--quiet", "HEAD").map(String::strip).orElse("");
		// --porcelain output is stable across git versions and locales
		String tree = run(dir, "status", "--porcelain", "--untracked-files=normal").orElse("");
		String own = run(dir, "status", "--porcelain", "--ignored", "--", file.getFileName().toString()).orElse("").strip();
		String status;
		if (own.isEmpty()) {
			status = "unmodified";
		} else if (own.startsWith("??")) {
			status = "untracked";
		} else if (own.startsWith("!!")) {
			status = "ignored";
		} else if (own.startsWith("A")) {
			status = "added";
		} else {
			status = "modified";
		}
		return new GitState(true, revision, !tree.isBlank(), status);
	}

	/**
	 * Reads a file as it was in a revision ({@code git show REV:./path}).
	 *
	 * @return the bytes, or empty when the revision or the path does not exist there
	 */
	public Optional<byte[]> show(Path file, String revision) {
		Path dir = file.toAbsolutePath().getParent();
		return runBytes(dir, "show", revision + ":./" + file.getFileName());
	}

	/**
	 * Reads a file as it is in a revision, with git's own meaning of the path: relative to the
	 * repository's top level, or to {@code cwd} when it starts with {@code ./} or {@code ../}.
	 *
	 * @return the bytes, or empty when {@code cwd} is not in a work tree or the revision or path does not exist
	 */
	public Optional<byte[]> show(Path cwd, String revision, String path) {
		return runBytes(cwd, "show", revision + ":" + path);
	}

	/** @return the top-level directory of the work tree holding {@code dir} */
	public Optional<Path> topLevel(Path dir) {
		return run(dir, "rev-parse", "--show-toplevel").map(String::strip).filter(s -> !s.isEmpty()).map(Path::of);
	}

	/** @return the full commit id of a revision name, or empty */
	public Optional<String> resolve(Path dir, String revision) {
		return run(dir, "rev-parse", "--verify", "--quiet", revision + "^{commit}").map(String::strip);
	}

	private Optional<String> run(Path dir, String... args) {
		return runBytes(dir, args).map(b -> new String(b, StandardCharsets.UTF_8));
	}

	private Optional<byte[]> runBytes(Path dir, String... args) {
		List<String> command = new ArrayList<>();
		command.add(executable);
		command.add("-C");
		command.add(dir.toString());
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
		// no pager, no prompts, no user locale in what we parse
		pb.environment().put("GIT_PAGER", "cat");
		pb.environment().put("GIT_TERMINAL_PROMPT", "0");
		pb.environment().put("LC_ALL", "C");
		Process p;
		try {
			p = pb.start();
		} catch (IOException e) {
			return Optional.empty();
		}
		try {
			p.getOutputStream().close();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			Thread reader = Thread.ofVirtual().start(() -> copy(p.getInputStream(), out));
			if (!p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				p.destroyForcibly();
				return Optional.empty();
			}
			reader.join(TIMEOUT.toMillis());
			return p.exitValue() == 0 ? Optional.of(out.toByteArray()) : Optional.empty();
		} catch (InterruptedException e) {
			p.destroyForcibly();
			Thread.currentThread().interrupt();
			return Optional.empty();
		} catch (IOException e) {
			p.destroyForcibly();
			return Optional.empty();
		}
	}

	private static void copy(InputStream in, ByteArrayOutputStream out) {
		try (in) {
			in.transferTo(out);
		} catch (IOException e) {
			// a broken pipe leaves a short output; the exit status decides whether it is used
		}
	}
}
