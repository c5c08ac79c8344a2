package org.cryostudio.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.cryostudio.ui.internal.CryoLanguage;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * Lexical colouring with the language's own lexer, so that keywords, numbers such as 1e-6 and
 * identifiers such as N2 are coloured exactly as the parser will read them. Runs on the UI thread
 * over the damaged lines only.
 */
final class LexicalScanner implements ITokenScanner {

	private static final IToken PLAIN = new Token(null);

	private final Map<String, IToken> styled = new java.util.HashMap<>();
	private final Lexer lexer;
	private final Map<Integer, String> tokenNames;
	private final List<CommonToken> tokens = new ArrayList<>();
	private int next;
	private int rangeOffset;
	private CommonToken current;

	LexicalScanner() {
		Injector injector = CryoLanguage.injector();
		lexer = injector.getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		tokenNames = injector.getInstance(ITokenDefProvider.class).getTokenDefMap();
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		tokens.clear();
		next = 0;
		rangeOffset = offset;
		String text;
		try {
			text = document.get(offset, length);
		} catch (BadLocationException e) {
			return;
		}
		lexer.setCharStream(new ANTLRStringStream(text));
		try {
			for (org.antlr.runtime.Token t = lexer.nextToken(); t.getType() != org.antlr.runtime.Token.EOF; t = lexer.nextToken()) {
				if (t instanceof CommonToken common && common.getStopIndex() >= common.getStartIndex()) {
					tokens.add(common);
				}
			}
		} catch (RuntimeException e) {
			// a lexer error ends colouring of this range early; the parser reports the problem
		}
	}

	@Override
	public IToken nextToken() {
		if (next >= tokens.size()) {
			return Token.EOF;
		}
		current = tokens.get(next++);
		String style = styleOf(tokenNames.get(current.getType()));
		return style == null ? PLAIN : styled.computeIfAbsent(style, id -> new Token(CryoStyles.of(id)));
	}

	@Override
	public int getTokenOffset() {
		return rangeOffset + current.getStartIndex();
	}

	@Override
	public int getTokenLength() {
		return current.getStopIndex() - current.getStartIndex() + 1;
	}

	/** Maps a token name of the generated lexer ('system', RULE_ID, RULE_DECIMAL ...) to a style id. */
	static String styleOf(String name) {
		if (name == null) {
			return null;
		}
		if (name.startsWith("'")) {
			return name.length() > 2 && Character.isLetter(name.charAt(1)) ? HighlightingStyles.KEYWORD_ID : null;
		}
		return switch (name) {
			case "RULE_STRING" -> HighlightingStyles.STRING_ID;
			case "RULE_SL_COMMENT", "RULE_ML_COMMENT" -> HighlightingStyles.COMMENT_ID;
			case "RULE_ANY_OTHER" -> HighlightingStyles.INVALID_TOKEN_ID;
			default -> name.contains("INT") || name.contains("DECIMAL") || name.contains("NUMBER")
					|| name.contains("FLOAT") || name.contains("DOUBLE") ? HighlightingStyles.NUMBER_ID : null;
		};
	}
}
