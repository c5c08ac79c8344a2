package org.cryostudio.dsl.parser;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;

/** Words the recovery's error (what was skipped, how far); other syntax errors keep ANTLR's messages. */
public class CryoSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		if (context.getRecognitionException() instanceof CryoRecoveringParser.SkippedException skipped) {
			return new SyntaxErrorMessage(skipped.describe(), Diagnostic.SYNTAX_DIAGNOSTIC);
		}
		return super.getSyntaxErrorMessage(context);
	}
}
