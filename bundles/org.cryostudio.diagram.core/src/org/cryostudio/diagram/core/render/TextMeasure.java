package org.cryostudio.diagram.core.render;

/** Measures text for node sizing; the same measure is used for every output so sizes agree. */
public interface TextMeasure {

	/** @return the advance width of {@code text} in diagram units */
	double width(String text, TextStyle style);

	/** @return the line height (ascent + descent + leading) in diagram units */
	double lineHeight(TextStyle style);
}
