package org.cryostudio.physics.units;

/**
 * Recursive-descent parser for unit expressions (grammar in {@link Units}). One instance per text.
 */
final class UnitParser {

	private final String text;
	private int pos;
	/** parenthesis depth, bounded so that hostile text cannot exhaust the stack */
	private int depth;
	private static final int MAX_DEPTH = 16;

	UnitParser(String text) {
		this.text = text == null ? "" : text;
	}

	Unit parse() {
		skipBlanks();
		if (pos >= text.length()) {
			throw new UnitParseException("empty unit", text, pos);
		}
		Unit u = product();
		skipBlanks();
		if (pos < text.length()) {
			throw new UnitParseException("unexpected '" + text.charAt(pos) + "'", text, pos);
		}
		String symbol = text.strip();
		// an affine unit keeps its offset only when it stands alone
		if (u.isAffine() && Units.lookup(symbol).isEmpty()) {
			u = new Unit(u.symbol(), u.dimension(), u.factor(), 0);
		}
		return u.named(symbol);
	}

	private Unit product() {
		Unit u = power();
		while (true) {
			int save = pos;
			skipBlanks();
			if (pos >= text.length()) {
				return u;
			}
			char c = text.charAt(pos);
			if (c == '*' || c == '·' || c == '.' && pos + 1 < text.length() && Character.isLetter(text.charAt(pos + 1))) {
				pos++;
				skipBlanks();
				u = times(u, power());
			} else if (c == '/') {
				pos++;
				skipBlanks();
				u = divide(u, power());
			} else if (save < pos && (Character.isLetter(c) || c == '(' || c == '%' || c == '°' || c == 'µ')) {
				u = times(u, power()); // a blank between factors multiplies: "Pa m3/s"
			} else {
				pos = save;
				return u;
			}
		}
	}

	private static Unit times(Unit a, Unit b) {
		return new Unit(a.symbol() + "*" + b.symbol(), a.dimension().times(b.dimension()), a.factor() * b.factor(), 0);
	}

	private static Unit divide(Unit a, Unit b) {
		return new Unit(a.symbol() + "/" + b.symbol(), a.dimension().divide(b.dimension()), a.factor() / b.factor(), 0);
	}

	private Unit power() {
		Unit base = atom();
		int n = 1;
		if (pos < text.length()) {
			char c = text.charAt(pos);
			if (c == '^') {
				pos++;
				n = integer(true);
			} else if (c == '²' || c == '³') {
				pos++;
				n = c == '²' ? 2 : 3;
			} else if (Character.isDigit(c) || c == '-' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
				n = integer(true);
			}
		}
		if (n == 1) {
			return base;
		}
		double factor = Math.pow(base.factor(), n);
		if (!Double.isFinite(factor) || factor == 0) {
			throw new UnitParseException("unit '" + base.symbol() + "^" + n + "' is too large or too small to represent", text, pos);
		}
		return new Unit(base.symbol() + "^" + n, base.dimension().pow(n), factor, 0);
	}

	private int integer(boolean signed) {
		int start = pos;
		if (signed && pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
			pos++;
		}
		int digits = pos;
		while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
			pos++;
		}
		if (pos == digits) {
			throw new UnitParseException("expected an integer exponent", text, start);
		}
		if (pos - digits > 2) { // also keeps Integer.parseInt away from overflowing digit strings
			throw new UnitParseException("exponent " + text.substring(start, pos) + " out of range (1..12, negative allowed)", text, start);
		}
		int n = Integer.parseInt(text.substring(text.charAt(start) == '+' ? start + 1 : start, pos));
		if (n == 0 || Math.abs(n) > 12) {
			throw new UnitParseException("exponent " + n + " out of range (1..12, negative allowed)", text, start);
		}
		return n;
	}

	private Unit atom() {
		if (pos >= text.length()) {
			throw new UnitParseException("missing unit", text, pos);
		}
		char c = text.charAt(pos);
		if (c == '(') {
			int open = pos;
			if (++depth > MAX_DEPTH) {
				throw new UnitParseException("parentheses nested deeper than " + MAX_DEPTH, text, pos);
			}
			pos++;
			skipBlanks();
			Unit u = product();
			skipBlanks();
			if (pos >= text.length() || text.charAt(pos) != ')') {
				throw new UnitParseException("missing ')' (the '(' is at offset " + open + ")", text, pos);
			}
			pos++;
			depth--;
			return u;
		}
		if (Character.isDigit(c)) {
			int start = pos;
			while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
				pos++;
			}
			String num = text.substring(start, pos);
			if (!num.equals("1")) {
				throw new UnitParseException("numeric factor '" + num + "' in a unit (only 1, as in 1/s)", text, start);
			}
			return Unit.ONE;
		}
		int start = pos;
		while (pos < text.length() && isSymbolChar(text.charAt(pos))) {
			pos++;
		}
		if (pos == start) {
			throw new UnitParseException("unexpected '" + c + "'", text, pos);
		}
		String symbol = text.substring(start, pos);
		return Units.lookup(symbol)
				.orElseThrow(() -> new UnitParseException("unknown unit '" + symbol + "'", text, start));
	}

	private static boolean isSymbolChar(char c) {
		return Character.isLetter(c) || c == '%' || c == '°' || c == 'µ' || c == '℃' || c == '_';
	}

	private void skipBlanks() {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
			pos++;
		}
	}
}
