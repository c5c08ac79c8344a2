package org.cryostudio.report.design;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** The requirements a design states, as written, with their lines. */
public final class SpecRequirements {

	/**
	 * @param text     the requirement as written, without the keyword, e.g. "pressure(growth) < 5e-9 Pa after 24 h"
	 * @param location "file:line"
	 */
	public record Stated(String text, String location) {
	}

	private SpecRequirements() {
	}

	/** @return a requirement's text without the keyword and the name, one space between words */
	static String normal(String text) {
		return text.replaceFirst("^require\\s+", "").replaceFirst("^[A-Za-z_][A-Za-z0-9_]*\\s*:\\s*", "").replaceAll("\\s+", " ")
				.replace("( ", "(").replace(" )", ")").replace(" ,", ",").strip();
	}

	/** @return true when a solver's requirement text and a stated one are the same requirement */
	public static boolean sameText(String a, String b) {
		return normal(a).replace(" ", "").equals(normal(b).replace(" ", ""));
	}

	/** @return "file:line" of the stated requirement with that text, or "" */
	static String lineOf(List<Stated> stated, String text) {
		return stated.stream().filter(s -> sameText(s.text(), text)).map(Stated::location).findFirst().orElse("");
	}

	/** @return the requirements in spec order */
	public static List<Stated> of(Resource resource) {
		List<Stated> out = new ArrayList<>();
		TreeIterator<EObject> it = resource.getAllContents();
		while (it.hasNext()) {
			EObject o = it.next();
			if (o.eClass().getName().equals("Requirement")) {
				out.add(new Stated(normal(SpecNodes.text(o)), SpecNodes.location(o)));
				it.prune();
			}
		}
		return out;
	}
}
