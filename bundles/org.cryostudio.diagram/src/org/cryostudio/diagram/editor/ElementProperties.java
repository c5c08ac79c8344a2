package org.cryostudio.diagram.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cryostudio.diagram.core.edit.DiagramEdits;
import org.cryostudio.diagram.core.edit.SpecChange;
import org.cryostudio.dsl.cryo.Quantity;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The values of a spec element in the Properties view, as written in the text ("0.35 m3"). A
 * value typed there is a diagram edit like any other: the smallest text change, one undo step.
 * Single values (quantities, references, choices, flags) are editable; tables and lists are
 * shown as written and edited in the text.
 */
final class ElementProperties implements IPropertySource {

	private static final String NAME = "name";
	private static final String[] FLAG = { "no", "yes" };

	private final DiagramEditor editor;
	private final String element;

	ElementProperties(DiagramEditor editor, String element) {
		this.editor = editor;
		this.element = element;
	}

	private EObject object() {
		SpecSnapshot s = editor.session() == null ? null : editor.session().snapshot();
		return s == null ? null : s.element(element);
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		EObject o = object();
		if (o == null) {
			return new IPropertyDescriptor[0];
		}
		List<IPropertyDescriptor> result = new ArrayList<>();
		for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
			PropertyDescriptor d = descriptor(f);
			d.setCategory(f.getName().equals(NAME) || f.getName().equals("type") ? "Element" : "Values");
			result.add(d);
		}
		return result.toArray(IPropertyDescriptor[]::new);
	}

	private static PropertyDescriptor descriptor(EStructuralFeature f) {
		String label = label(f.getName());
		if (f.isMany()) {
			return new PropertyDescriptor(f, label); // tables are edited in the text
		}
		if (f instanceof EAttribute a && a.getEAttributeType() instanceof EEnum en) {
			return new ComboBoxPropertyDescriptor(f, label, en.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new));
		}
		if (f instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == boolean.class) {
			return new ComboBoxPropertyDescriptor(f, label, FLAG);
		}
		if (f instanceof EReference r && r.isContainment() && !Quantity.class.isAssignableFrom(r.getEReferenceType().getInstanceClass())) {
			return new PropertyDescriptor(f, label); // e.g. "cooled by": edited by connecting in the diagram
		}
		TextPropertyDescriptor d = new TextPropertyDescriptor(f, label);
		d.setValidator((ICellEditorValidator) value -> value == null || value.toString().isBlank() && f.getName().equals(NAME)
				? "a name is needed" : null);
		return d;
	}

	/** @return "wall area" for wallArea */
	static String label(String feature) {
		return feature.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	@Override
	public Object getPropertyValue(Object id) {
		EObject o = object();
		EStructuralFeature f = (EStructuralFeature) id;
		if (o == null) {
			return "";
		}
		if (f instanceof EAttribute a && a.getEAttributeType() instanceof EEnum en && !f.isMany()) {
			org.eclipse.emf.common.util.Enumerator v = (org.eclipse.emf.common.util.Enumerator) o.eGet(f);
			return Math.max(0, en.getELiterals().indexOf(en.getEEnumLiteral(v.getValue())));
		}
		if (f instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == boolean.class && !f.isMany()) {
			return Boolean.TRUE.equals(o.eGet(f)) ? 1 : 0;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(o, f);
		StringBuilder sb = new StringBuilder();
		for (INode n : nodes) {
			if (!sb.isEmpty()) {
				sb.append(", ");
			}
			sb.append(NodeModelUtils.getTokenText(n));
		}
		return sb.toString();
	}

	@Override
	public boolean isPropertySet(Object id) {
		EObject o = object();
		return o != null && o.eIsSet((EStructuralFeature) id);
	}

	@Override
	public void resetPropertyValue(Object id) {
		// values are removed in the text
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		EObject o = object();
		EStructuralFeature f = (EStructuralFeature) id;
		if (o == null || value == null || value.equals(getPropertyValue(id))) {
			return;
		}
		SpecChange change;
		if (f.getName().equals(NAME)) {
			editor.rename(element, value.toString().strip());
			return;
		} else if (f instanceof EAttribute a && a.getEAttributeType() instanceof EEnum en) {
			change = DiagramEdits.setAttribute(element, f.getName(), en.getELiterals().get((Integer) value).getLiteral());
		} else if (f instanceof EAttribute a && a.getEAttributeType().getInstanceClass() == boolean.class) {
			change = DiagramEdits.setAttribute(element, f.getName(), Boolean.toString(((Integer) value) == 1));
		} else if (f instanceof EReference r && r.isContainment()) {
			change = DiagramEdits.setQuantity(element, f.getName(), value.toString());
		} else if (f instanceof EReference) {
			change = value.toString().isBlank() ? DiagramEdits.unset(element, f.getName())
					: DiagramEdits.setReference(element, f.getName(), value.toString().strip());
		} else {
			return;
		}
		editor.apply(change, "Set " + label(f.getName()));
	}

}
