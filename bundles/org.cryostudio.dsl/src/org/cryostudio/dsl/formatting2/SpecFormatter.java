package org.cryostudio.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a whole parsed spec into its canonical text (tabs, "\n" line ends): the facade the
 * command line's {@code cryo format} and the tests use. Call it on a resource without syntax
 * errors; a spec that does not parse has no canonical form.
 */
public class SpecFormatter {

	@Inject
	private Provider<IFormatter2> formatter;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	/**
	 * @return the canonical text of the resource: "\n" line ends; a spec without any element
	 *         (empty, or only comments) is left as it is, apart from its line ends
	 */
	public String format(XtextResource resource) {
		if (resource.getContents().isEmpty()) {
			IParseResult parse = resource.getParseResult();
			String text = parse == null || parse.getRootNode() == null ? "" : parse.getRootNode().getText();
			return text.replace("\r\n", "\n");
		}
		ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues();
		preferences.put(FormatterPreferenceKeys.indentation, "\t");
		preferences.put(FormatterPreferenceKeys.lineSeparator, "\n");
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(access);
		request.setPreferences(preferences);
		request.setAllowIdentityEdits(false);
		List<ITextReplacement> replacements = formatter.get().format(request);
		// whitespace the formatter leaves alone, and line comments, keep their own line ends
		return access.getRewriter().renderToString(replacements).replace("\r\n", "\n");
	}
}
