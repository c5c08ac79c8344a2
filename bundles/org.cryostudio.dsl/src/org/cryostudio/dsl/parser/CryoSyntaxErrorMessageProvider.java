package org.cryostudio.dsl.parser;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;

/** Words the block-skipping recovery's error; other syntax errors keep ANTLR's messages. */
public class CryoSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		if (context.getRecognitionException() instanceof CryoRecoveringParser.SkippedBlockException skipped) {
			return new SyntaxErrorMessage(skipped.describe(), Diagnostic.SYNTAX_DIAGNOSTIC);
		}
		return super.getSyntaxErrorMessage(context);
	}
}
