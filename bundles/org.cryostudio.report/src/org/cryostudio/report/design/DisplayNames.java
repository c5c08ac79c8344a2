package org.cryostudio.report.design;

/**
 * Element names as a report shows them: relative to the system when the file holds one system
 * ("cp" rather than "QuickstartChamber.cp"); qualified otherwise.
 */
public record DisplayNames(String systemPrefix) {

	/** @return names shown in full */
	public static DisplayNames qualified() {
		return new DisplayNames("");
	}

	/** @return names relative to the only system of a file, or qualified when there are several */
	public static DisplayNames of(java.util.List<String> systems) {
		return systems.size() == 1 ? new DisplayNames(systems.get(0) + ".") : qualified();
	}

	public String show(String qualifiedName) {
		return !systemPrefix.isEmpty() && qualifiedName.startsWith(systemPrefix) ? qualifiedName.substring(systemPrefix.length())
				: qualifiedName;
	}
}
