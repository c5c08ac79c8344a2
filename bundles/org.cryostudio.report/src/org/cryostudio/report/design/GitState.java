package org.cryostudio.report.design;

import java.util.Objects;

/**
 * Where a design file stands in version control when its report is made.
 *
 * @param versioned  false when the file is not in a git work tree (or git is not installed)
 * @param revision   the commit of HEAD (40 hex digits); empty when not versioned or no commit yet
 * @param treeDirty  the work tree has uncommitted changes (anywhere)
 * @param fileStatus the file itself: "unmodified", "modified", "untracked", "added"; empty when not versioned
 */
public record GitState(boolean versioned, String revision, boolean treeDirty, String fileStatus) {

	public static final GitState NOT_VERSIONED = new GitState(false, "", false, "");

	public GitState {
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(fileStatus, "fileStatus");
	}

	/** @return one line for the report, e.g. "3f2a… (work tree has uncommitted changes; this file: modified)" */
	public String describe() {
		if (!versioned) {
			return "not under version control";
		}
		String rev = revision.isEmpty() ? "no commit yet" : revision;
		return rev + (treeDirty ? " (work tree has uncommitted changes; this file: " + fileStatus + ")" : " (clean work tree)");
	}
}
