package org.cryostudio.dsl.parser;

import java.util.Arrays;

import org.antlr.runtime.BitSet;
import org.antlr.runtime.IntStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.antlr.runtime.UnwantedTokenException;
import org.cryostudio.dsl.parser.antlr.CryoParser;
import org.cryostudio.dsl.parser.antlr.internal.InternalCryoParser;
import org.cryostudio.dsl.services.CryoGrammarAccess;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

/**
 * The generated parser with one more recovery strategy, for the commonest mistake in a spec: a
 * line an element does not take ({@code volume 2 m3} inside a cryopump). ANTLR would leave the
 * element at the bad token and then take that element's closing brace for the system's, losing
 * everything after it. Here, when a block's {@code '}'} is expected and something else is found,
 * the tokens up to the block's own closing brace are skipped (one located error) and parsing
 * goes on after it, so the errors of later elements are still found.
 */
public class CryoRecoveringParser extends CryoParser {

	@Override
	protected InternalCryoParser createParser(XtextTokenStream stream) {
		return new BlockRecoveringParser(stream, getGrammarAccess());
	}

	/** Reported for the skipped part of a block; the message names the first unexpected token. */
	public static final class SkippedBlockException extends UnwantedTokenException {
		private static final long serialVersionUID = 1L;

		SkippedBlockException(int expecting, IntStream input) {
			super(expecting, input);
		}

		/** @return e.g. "'volume' is not expected here: skipped to the closing '}' of this block" */
		public String describe() {
			String text = token == null || token.getText() == null ? "this" : "'" + token.getText() + "'";
			return text + " is not expected here: skipped to the closing '}' of this block";
		}
	}

	static final class BlockRecoveringParser extends InternalCryoParser {

		private final int open;
		private final int close;

		BlockRecoveringParser(TokenStream input, CryoGrammarAccess grammarAccess) {
			super(input, grammarAccess);
			open = Arrays.asList(getTokenNames()).indexOf("'{'");
			close = Arrays.asList(getTokenNames()).indexOf("'}'");
		}

		@Override
		protected Object recoverFromMismatchedToken(IntStream input, int ttype, BitSet follow) throws RecognitionException {
			if (ttype == close && close >= 0 && !mismatchIsUnwantedToken(input, ttype)) {
				int closing = matchingClose(input);
				if (closing > 1) {
					SkippedBlockException e = new SkippedBlockException(ttype, input);
					beginResync();
					for (int i = 1; i < closing; i++) {
						input.consume();
					}
					endResync();
					reportError(e);
					Object matched = getCurrentInputSymbol(input);
					input.consume();
					return matched;
				}
			}
			return super.recoverFromMismatchedToken(input, ttype, follow);
		}

		/** @return the lookahead index of the '}' closing the current block, or -1 */
		private int matchingClose(IntStream input) {
			int depth = 0;
			for (int i = 1;; i++) {
				int type = input.LA(i);
				if (type == Token.EOF) {
					return -1;
				}
				if (type == open) {
					depth++;
				} else if (type == close) {
					if (depth == 0) {
						return i;
					}
					depth--;
				}
			}
		}
	}
}
