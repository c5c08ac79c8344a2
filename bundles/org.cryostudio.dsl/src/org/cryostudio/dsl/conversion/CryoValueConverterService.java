package org.cryostudio.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.KeywordAlternativeConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Converts the {@code Number} datatype rule (optional minus, integer, decimal or exponent form)
 * to a double and back. Serialization writes the shortest exact decimal so that a round trip
 * through the serializer gives the same value, and never writes NaN or infinity.
 */
public class CryoValueConverterService extends DefaultTerminalConverters {

	private final IValueConverter<Double> numberConverter = new IValueConverter<>() {
		@Override
		public Double toValue(String string, INode node) throws ValueConverterException {
			if (string == null || string.isBlank()) {
				throw new ValueConverterException("a number is expected", node, null);
			}
			try {
				double value = Double.parseDouble(string.replaceAll("\\s", ""));
				if (Double.isInfinite(value)) {
					throw new ValueConverterException("number out of range: " + string, node, null);
				}
				return value;
			} catch (NumberFormatException e) {
				throw new ValueConverterException("not a number: " + string, node, e);
			}
		}

		@Override
		public String toString(Double value) throws ValueConverterException {
			if (value == null || value.isNaN() || value.isInfinite()) {
				throw new ValueConverterException("cannot write " + value + " as a number", null, null);
			}
			BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
			int digits = exact.precision() - exact.scale();
			// plain notation for engineering-sized numbers, exponent form for very small or large ones
			if (digits > -4 && digits <= 9) {
				return exact.toPlainString();
			}
			return exact.toString().replace("E+", "e").replace("E", "e");
		}
	};

	@ValueConverter(rule = "Number")
	public IValueConverter<Double> Number() {
		return numberConverter;
	}

	@Inject
	private KeywordAlternativeConverter nameConverter;

	@Inject
	private CryoQualifiedNameConverter qualifiedNameConverter;

	/** Names may be most keywords ("tsp", "panel"); the connecting words need the escape ^ ("^from"). */
	@ValueConverter(rule = "Name")
	public IValueConverter<String> Name() {
		return nameConverter;
	}

	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> QualifiedName() {
		return qualifiedNameConverter;
	}

	/** Unit text without blanks: "Pa * m3" is stored as "Pa*m3". */
	@ValueConverter(rule = "UnitExpression")
	public IValueConverter<String> UnitExpression() {
		return unitConverter;
	}

	private final IValueConverter<String> unitConverter = new IValueConverter<>() {
		@Override
		public String toValue(String string, INode node) {
			return string == null ? null : string.replaceAll("\\s+", "");
		}

		@Override
		public String toString(String value) {
			return value;
		}
	};
}
