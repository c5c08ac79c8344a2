package org.cryostudio.report.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A run of styled text: the only way user-visible words enter the report model. Exporters escape
 * every span, so a name such as {@code <script>} is shown as written.
 *
 * @param spans the pieces, in reading order
 */
public record Text(List<Text.Span> spans) {

	/** How a span is set. */
	public enum Style {
		PLAIN,
		STRONG,
		EMPHASIS,
		/** spec text: names, values as written, file names */
		CODE,
		/** a variable of a formula (italic serif) */
		VARIABLE,
		SUBSCRIPT,
		SUPERSCRIPT
	}

	/** One piece of text in one style. */
	public record Span(String text, Style style) {
		public Span {
			Objects.requireNonNull(text, "text");
			Objects.requireNonNull(style, "style");
		}
	}

	public static final Text EMPTY = new Text(List.of());

	public Text {
		spans = List.copyOf(spans);
	}

	public static Text plain(String text) {
		return of(text, Style.PLAIN);
	}

	public static Text code(String text) {
		return of(text, Style.CODE);
	}

	public static Text strong(String text) {
		return of(text, Style.STRONG);
	}

	public static Text of(String text, Style style) {
		return text.isEmpty() ? EMPTY : new Text(List.of(new Span(text, style)));
	}

	/** @return this text followed by another */
	public Text then(Text more) {
		List<Span> all = new ArrayList<>(spans);
		all.addAll(more.spans);
		return new Text(all);
	}

	public Text then(String text) {
		return then(plain(text));
	}

	/** @return the characters without styles (search, tests, PDF bookmarks) */
	public String plainText() {
		StringBuilder b = new StringBuilder();
		spans.forEach(s -> b.append(s.text()));
		return b.toString();
	}

	public boolean isEmpty() {
		return spans.stream().allMatch(s -> s.text().isEmpty());
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Collects spans, merging neighbours of the same style. */
	public static final class Builder {
		private final List<Span> spans = new ArrayList<>();

		public Builder add(String text, Style style) {
			if (text.isEmpty()) {
				return this;
			}
			int last = spans.size() - 1;
			if (last >= 0 && spans.get(last).style() == style) {
				spans.set(last, new Span(spans.get(last).text() + text, style));
			} else {
				spans.add(new Span(text, style));
			}
			return this;
		}

		public Builder plain(String text) {
			return add(text, Style.PLAIN);
		}

		public Builder code(String text) {
			return add(text, Style.CODE);
		}

		public Builder add(Text text) {
			text.spans().forEach(s -> add(s.text(), s.style()));
			return this;
		}

		public Text build() {
			return new Text(spans);
		}
	}
}
