package org.cryostudio.ui.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.util.Strings;
import org.eclipse.xtext.validation.Issue;

/** The problem markers CryoStudio puts on spec files: one per validation issue. */
public final class ProblemMarkers {

	/** Marker type, a persistent problem and text marker (declared in plugin.xml). */
	public static final String TYPE = "org.cryostudio.ui.problem";
	/** The issue code of the rule that reported it (quick fixes and help pages are found by it). */
	public static final String CODE = "cryoCode";
	/** The issue's data for quick fixes, packed with {@link Strings#pack(String[])}. */
	public static final String DATA = "cryoData";

	private ProblemMarkers() {
	}

	/** Replaces the file's CryoStudio markers by markers for these issues. Call inside a workspace operation. */
	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		if (!file.isAccessible()) {
			return;
		}
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			if (issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.IGNORE) {
				continue;
			}
			file.createMarker(TYPE, attributes(issue));
		}
	}

	static Map<String, Object> attributes(Issue issue) {
		Map<String, Object> a = new HashMap<>();
		a.put(IMarker.MESSAGE, issue.getMessage());
		a.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		});
		if (issue.getLineNumber() != null) {
			a.put(IMarker.LINE_NUMBER, issue.getLineNumber());
			a.put(IMarker.LOCATION, "line " + issue.getLineNumber());
		}
		if (issue.getOffset() != null) {
			int length = issue.getLength() == null ? 0 : issue.getLength();
			a.put(IMarker.CHAR_START, issue.getOffset());
			a.put(IMarker.CHAR_END, issue.getOffset() + length);
		}
		if (issue.getCode() != null) {
			a.put(CODE, issue.getCode());
		}
		if (issue.getData() != null && issue.getData().length > 0) {
			a.put(DATA, Strings.pack(issue.getData()));
		}
		a.put(IMarker.SOURCE_ID, "CryoStudio");
		return a;
	}

	/** @return the issue data stored on a marker, or an empty array */
	public static String[] data(IMarker marker) {
		String packed = marker.getAttribute(DATA, null);
		return packed == null ? new String[0] : Strings.unpack(packed);
	}
}
