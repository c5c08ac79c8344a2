package org.cryostudio.ui.editor;

import org.cryostudio.ui.internal.CryoLanguage;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/** Lexical colouring: keywords of the grammar, numbers, strings, comments. */
final class CryoTokenScanner extends RuleBasedScanner {

	CryoTokenScanner() {
		IToken keyword = token(new RGB(127, 0, 85), SWT.BOLD);
		IToken comment = token(new RGB(63, 127, 95), SWT.NORMAL);
		IToken string = token(new RGB(42, 0, 255), SWT.NORMAL);
		IToken number = token(new RGB(0, 102, 153), SWT.NORMAL);
		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isLetter(c) || c == '_';
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isLetterOrDigit(c) || c == '_';
			}
		}, new Token(null)); // identifiers are consumed whole, so digits in N2 or H2O are not numbers
		for (String k : CryoLanguage.wordKeywords()) {
			words.addWord(k, keyword);
		}
		setRules(new IRule[] { new EndOfLineRule("//", comment), new MultiLineRule("/*", "*/", comment),
				new SingleLineRule("\"", "\"", string, '\\'), words, new NumberRule(number) });
	}

	private static IToken token(RGB rgb, int style) {
		return new Token(new TextAttribute(new Color(Display.getDefault(), rgb), null, style));
	}
}
