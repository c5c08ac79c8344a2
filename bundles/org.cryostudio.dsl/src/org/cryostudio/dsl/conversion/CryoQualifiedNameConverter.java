package org.cryostudio.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;

/**
 * Qualified names are dot-separated {@code Name}s: a segment may be an element keyword, or any
 * word escaped with ^ ("Lab.^volume"). Reading drops the escapes and any blanks around the dots;
 * writing escapes the segments that need it.
 */
public class CryoQualifiedNameConverter extends AbstractValueConverter<String> {

	@Inject
	private IValueConverterService names;

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		String text = node != null ? NodeModelUtils.getTokenText(node) : string;
		if (text == null) {
			return null;
		}
		StringBuilder value = new StringBuilder();
		for (String segment : text.replaceAll("\\s+", "").split("\\.", -1)) {
			if (!value.isEmpty() || segment.isEmpty()) {
				value.append('.');
			}
			value.append(segment.startsWith("^") ? segment.substring(1) : segment);
		}
		return value.toString();
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		if (value == null) {
			throw new ValueConverterException("a qualified name is expected", null, null);
		}
		StringBuilder text = new StringBuilder();
		for (String segment : value.split("\\.", -1)) {
			if (!text.isEmpty()) {
				text.append('.');
			}
			text.append(names.toString(segment, "Name"));
		}
		return text.toString();
	}
}
