package org.cryostudio.dsl.parser;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.antlr.runtime.BitSet;
import org.antlr.runtime.IntStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.antlr.runtime.UnwantedTokenException;
import org.cryostudio.dsl.parser.antlr.CryoParser;
import org.cryostudio.dsl.parser.antlr.internal.InternalCryoParser;
import org.cryostudio.dsl.services.CryoGrammarAccess;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

/**
 * The generated parser with recovery for the commonest mistakes in a spec, so that one bad line
 * does not hide the rest of the file:
 * <ul>
 * <li>a line a system, catalog or scenario does not take ({@code chamer b}, a stray word): that
 * line is skipped (one located error) and the members after it are read as usual;</li>
 * <li>a line an element does not take ({@code volume 2 m3} inside a cryopump): the rest of that
 * element's block is skipped (one located error) and parsing goes on after its closing brace.
 * An element's properties are alternatives inside one rule, so the parser cannot re-enter them.</li>
 * </ul>
 * Plain ANTLR would stop the element at the bad token and then take that element's closing brace
 * for the system's, losing everything after it.
 */
public class CryoRecoveringParser extends CryoParser {

	@Override
	protected InternalCryoParser createParser(XtextTokenStream stream) {
		return new BlockRecoveringParser(stream, getGrammarAccess());
	}

	/** Reported for a skipped part; the message names the first unexpected token. */
	public static final class SkippedException extends UnwantedTokenException {
		private static final long serialVersionUID = 1L;

		private final String skipped;

		SkippedException(int expecting, IntStream input, String skipped) {
			super(expecting, input);
			this.skipped = skipped;
		}

		/** @return e.g. "'volume' is not expected here: skipped to the closing '}' of this block" */
		public String describe() {
			String text = token == null || token.getText() == null ? "this" : "'" + token.getText() + "'";
			return text + " is not expected here: skipped " + skipped;
		}
	}

	/** A block whose members the parser can re-enter after a bad line. */
	private record Container(AbstractRule rule, RuleCall memberCall, String feature, Set<Integer> memberStarts) {
	}

	static final class BlockRecoveringParser extends InternalCryoParser {

		private final int open;
		private final int close;
		private final List<Container> containers;

		BlockRecoveringParser(TokenStream input, CryoGrammarAccess grammarAccess) {
			super(input, grammarAccess);
			List<String> names = Arrays.asList(getTokenNames());
			open = names.indexOf("'{'");
			close = names.indexOf("'}'");
			containers = List.of(
					container(names, grammarAccess.getCryoSystemRule(), grammarAccess.getCryoSystemAccess().getMembersSystemMemberParserRuleCall_3_0(), "members"),
					container(names, grammarAccess.getCatalogRule(), grammarAccess.getCatalogAccess().getMembersCatalogMemberParserRuleCall_3_0(), "members"),
					container(names, grammarAccess.getScenarioRule(), grammarAccess.getScenarioAccess().getStepsStepParserRuleCall_3_0(), "steps"));
		}

		private static Container container(List<String> tokenNames, AbstractRule rule, RuleCall memberCall, String feature) {
			Set<Integer> starts = new HashSet<>();
			for (String keyword : FirstKeywords.of(memberCall)) {
				int type = tokenNames.indexOf("'" + keyword + "'");
				if (type >= 0) {
					starts.add(type);
				}
			}
			return new Container(rule, memberCall, feature, starts);
		}

		@Override
		protected Object recoverFromMismatchedToken(IntStream input, int ttype, BitSet follow) throws RecognitionException {
			if (ttype == close && close >= 0) {
				Container container = currentContainer();
				EObject owner = getCurrentNode() == null ? null : getCurrentNode().getSemanticElement();
				if (container != null && owner != null && input.LA(1) != Token.EOF) {
					return resumeMembers(input, ttype, container, owner);
				}
				if (!mismatchIsUnwantedToken(input, ttype)) {
					int closing = matchingClose(input, 1);
					if (closing > 1) {
						skip(input, ttype, closing, "to the closing '}' of this block");
						return consumeClose(input);
					}
				}
			}
			return super.recoverFromMismatchedToken(input, ttype, follow);
		}

		/** The system, catalog or scenario whose closing brace is expected, or null. */
		private Container currentContainer() {
			ICompositeNode node = getCurrentNode();
			if (node != null && node.getGrammarElement() instanceof RuleCall call) {
				for (Container c : containers) {
					if (call.getRule() == c.rule()) {
						return c;
					}
				}
			}
			return null;
		}

		/**
		 * Skips each bad line and reads the members after it, until the container's closing brace
		 * (consumed and returned as the match) or the end of the input.
		 */
		private Object resumeMembers(IntStream input, int ttype, Container container, EObject owner) throws RecognitionException {
			BitSet follow = new BitSet();
			container.memberStarts().forEach(follow::add);
			follow.add(close);
			while (input.LA(1) != close && input.LA(1) != Token.EOF) {
				if (container.memberStarts().contains(input.LA(1))) {
					newCompositeNode(container.memberCall());
					pushFollow(follow);
					EObject member = switch (container.feature()) {
						case "steps" -> ruleStep();
						default -> container.rule().getName().equals("Catalog") ? ruleCatalogMember() : ruleSystemMember();
					};
					state._fsp--;
					add(owner, container.feature(), member, GrammarUtil.getGrammar(container.rule()).getName() + "." + container.memberCall().getRule().getName());
					afterParserOrEnumRuleCall();
					continue;
				}
				int next = nextMemberLine(input, container);
				skip(input, ttype, next, next > 0 && input.LA(next) == close ? "to the closing '}'" : "to the end of the line");
			}
			if (input.LA(1) == close) {
				return consumeClose(input);
			}
			return super.recoverFromMismatchedToken(input, ttype, null);
		}

		/**
		 * @return the lookahead index of the first token after the bad line that starts a member on
		 *         a new line, or the container's closing brace, or EOF (nested blocks skipped whole)
		 */
		private int nextMemberLine(IntStream input, Container container) {
			int line = ((TokenStream) input).LT(1).getLine();
			int depth = 0;
			for (int i = 1;; i++) {
				int type = input.LA(i);
				if (type == Token.EOF) {
					return i;
				}
				if (type == open) {
					depth++;
				} else if (type == close) {
					if (depth == 0) {
						return i;
					}
					depth--;
					continue;
				}
				boolean newLine = ((TokenStream) input).LT(i).getLine() > line;
				if (depth == 0 && i > 1 && newLine && container.memberStarts().contains(type)) {
					return i;
				}
			}
		}

		/** Consumes the tokens before lookahead index {@code end} as one located error. */
		private void skip(IntStream input, int ttype, int end, String where) {
			SkippedException e = new SkippedException(ttype, input, where);
			beginResync();
			for (int i = 1; i < end; i++) {
				input.consume();
			}
			endResync();
			state.errorRecovery = false;
			reportError(e);
		}

		private Object consumeClose(IntStream input) {
			Object matched = getCurrentInputSymbol(input);
			input.consume();
			state.errorRecovery = false;
			return matched;
		}

		/** @return the lookahead index of the '}' closing the current block, or -1 */
		private int matchingClose(IntStream input, int from) {
			int depth = 0;
			for (int i = from;; i++) {
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

	/** The keywords a rule call can start with (enough for rules that start with a keyword or an enum). */
	static final class FirstKeywords {

		private FirstKeywords() {
		}

		static Set<String> of(AbstractElement element) {
			Set<String> keywords = new HashSet<>();
			collect(element, keywords, new HashSet<>());
			return keywords;
		}

		/** @return true when the element can match nothing (so what follows can start too) */
		private static boolean collect(AbstractElement element, Set<String> keywords, Set<AbstractRule> visiting) {
			boolean optional = "?".equals(element.getCardinality()) || "*".equals(element.getCardinality());
			if (element instanceof Keyword keyword) {
				keywords.add(keyword.getValue());
				return optional;
			}
			if (element instanceof Action) {
				return true;
			}
			if (element instanceof Assignment assignment) {
				return collect(assignment.getTerminal(), keywords, visiting) || optional;
			}
			if (element instanceof RuleCall call) {
				AbstractRule rule = call.getRule();
				if (rule instanceof EnumRule enumRule) {
					for (var literal : enumRule.getAlternatives().eContents()) {
						if (literal instanceof EnumLiteralDeclaration declaration) {
							keywords.add(declaration.getLiteral().getValue());
						}
					}
					if (enumRule.getAlternatives() instanceof EnumLiteralDeclaration declaration) {
						keywords.add(declaration.getLiteral().getValue());
					}
					return optional;
				}
				if (rule instanceof ParserRule parser && visiting.add(rule)) {
					boolean empty = collect(parser.getAlternatives(), keywords, visiting);
					visiting.remove(rule);
					return empty || optional;
				}
				return optional;
			}
			if (element instanceof Alternatives alternatives) {
				boolean empty = false;
				for (AbstractElement alternative : alternatives.getElements()) {
					empty |= collect(alternative, keywords, visiting);
				}
				return empty || optional;
			}
			if (element instanceof Group group) {
				for (AbstractElement part : group.getElements()) {
					if (!collect(part, keywords, visiting)) {
						return optional;
					}
				}
				return true;
			}
			return optional;
		}
	}
}
