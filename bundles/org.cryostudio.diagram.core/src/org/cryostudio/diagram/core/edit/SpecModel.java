package org.cryostudio.diagram.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cryostudio.diagram.core.mapping.Names;
import org.cryostudio.dsl.cryo.CryoPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The parsed spec a diagram edit works on: elements by qualified name, fresh unique names, and
 * deletion that also removes what would be left dangling (a duct whose end is deleted).
 */
public final class SpecModel {

	private final Resource resource;
	private final Names names;
	private final List<TextEdit> textEdits = new ArrayList<>();

	SpecModel(Resource resource) {
		this.resource = resource;
		this.names = Names.of(resource);
	}

	public EObject root() {
		return resource.getContents().get(0);
	}

	public Names names() {
		return names;
	}

	/** @return the element with this qualified name */
	public EObject element(String qualifiedName) throws EditRefusedException {
		for (EObject o : EcoreUtil2.eAllContents(root())) {
			if (qualifiedName.equals(names.of(o))) {
				return o;
			}
		}
		throw new EditRefusedException("'" + qualifiedName + "' is not in the spec any more");
	}

	/**
	 * @return what {@code name} means as the value of {@code reference} of {@code context}: an
	 *         element of the spec by qualified name, else whatever the language's scoping finds
	 *         under that name (library gases and materials, catalog types)
	 */
	public EObject resolve(EObject context, EReference reference, String name) throws EditRefusedException {
		for (EObject o : EcoreUtil2.eAllContents(root())) {
			if (name.equals(names.of(o)) && reference.getEReferenceType().isInstance(o)) {
				return o;
			}
		}
		if (resource instanceof XtextResource x) {
			IScope scope = x.getResourceServiceProvider().get(IScopeProvider.class).getScope(context, reference);
			IEObjectDescription d = scope.getSingleElement(QualifiedName.create(name.split("\\.")));
			if (d != null) {
				EObject o = d.getEObjectOrProxy();
				return o.eIsProxy() ? EcoreUtil.resolve(o, context) : o;
			}
		}
		throw new EditRefusedException("there is no " + reference.getEReferenceType().getName() + " named '" + name + "' here");
	}

	/** @return a fresh numbered name for a new element: base1, or base2 if base1 is taken, ... */
	public String numberedName(EObject container, String base) {
		Set<String> taken = siblingNames(container);
		for (int i = 1;; i++) {
			if (!taken.contains(base + i)) {
				return base + i;
			}
		}
	}

	private static Set<String> siblingNames(EObject container) {
		Set<String> taken = new HashSet<>();
		for (EObject sibling : container.eContents()) {
			EStructuralFeature f = sibling.eClass().getEStructuralFeature("name");
			if (f != null && sibling.eGet(f) instanceof String s) {
				taken.add(s);
			}
		}
		return taken;
	}

	/** @return {@code base} if no element is named so in the same container, else base2, base3 ... */
	public String uniqueName(EObject container, String base) {
		Set<String> taken = siblingNames(container);
		if (!taken.contains(base)) {
			return base;
		}
		for (int i = 2;; i++) {
			if (!taken.contains(base + i)) {
				return base + i;
			}
		}
	}

	/**
	 * Removes the elements and every element that refers to one of them through a reference the
	 * element cannot exist without ({@code required}: the ends of a connection), recursively.
	 * References in {@code optional} to a removed element are dropped, removed elements leave
	 * lists that name others too; any other reference (a requirement, a scenario step) refuses
	 * the deletion, since removing it silently would lose what the user wrote.
	 *
	 * @return everything removed, the given elements first
	 */
	public List<EObject> delete(Collection<EObject> elements, Set<EReference> required, Set<EReference> optional)
			throws EditRefusedException {
		Set<EObject> doomed = new LinkedHashSet<>(elements);
		List<EObject> frontier = new ArrayList<>(elements);
		while (!frontier.isEmpty()) {
			List<EObject> next = new ArrayList<>();
			for (EObject gone : frontier) {
				for (EStructuralFeature.Setting s : usages(gone)) {
					EObject user = s.getEObject();
					if (required.contains(s.getEStructuralFeature()) && !within(user, doomed) && doomed.add(user)) {
						next.add(user);
					}
				}
			}
			frontier = next;
		}
		// what else names a doomed element: drop optional references, shorten lists, refuse otherwise
		List<Runnable> detach = new ArrayList<>();
		List<String> blocking = new ArrayList<>();
		for (EObject gone : doomed) {
			for (EStructuralFeature.Setting s : usages(gone)) {
				EObject user = s.getEObject();
				EStructuralFeature f = s.getEStructuralFeature();
				if (within(user, doomed)) {
					continue;
				}
				if (optional.contains(f)) {
					if (f == CryoPackage.Literals.COOLING_REF__SOURCE) {
						detach.add(() -> EcoreUtil.remove(user));
					} else {
						removeReference(user, (EReference) f);
					}
				} else if (f.isMany() && ((List<?>) user.eGet(f)).stream().anyMatch(o -> !doomed.contains(o))) {
					detach.add(() -> ((List<?>) user.eGet(f)).remove(gone));
				} else {
					blocking.add(describe(user) + " names '" + names.of(gone) + "'");
				}
			}
		}
		if (!blocking.isEmpty()) {
			throw new EditRefusedException(String.join("; ", blocking) + ": change " + (blocking.size() == 1 ? "it" : "them")
					+ " in the text first, so that nothing is lost silently");
		}
		detach.forEach(Runnable::run);
		for (EObject o : doomed) {
			if (o.eContainer() != null) {
				EcoreUtil.remove(o);
			}
		}
		return new ArrayList<>(doomed);
	}

	/**
	 * Removes a single-valued cross reference with its keyword ("on port", "into ivc") from the
	 * text. Done as text, not on the model: Xtext's change serializer cannot yet write a cross
	 * reference that became unset (its reference updater throws), and the text change is the
	 * minimal one anyway. The element keeps the reference in the model, which is never used
	 * again: the spec is parsed afresh for the next edit.
	 */
	public void removeReference(EObject owner, EReference reference) throws EditRefusedException {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, reference);
		if (nodes.size() != 1) {
			throw new EditRefusedException("'" + reference.getName() + "' of " + names.enclosing(owner) + " is not written once");
		}
		INode ref = nodes.get(0);
		// the keyword before the reference, and the white space before that keyword
		INode keyword = previousToken(ref);
		INode before = keyword == null ? null : previousToken(keyword);
		if (!(keyword instanceof ILeafNode leaf) || !(leaf.getGrammarElement() instanceof Keyword) || before == null) {
			throw new EditRefusedException("'" + reference.getName() + "' of " + names.enclosing(owner) + " cannot be removed here");
		}
		int start = before.getEndOffset();
		int end = ref.getOffset();
		for (ILeafNode l : ref.getLeafNodes()) {
			if (!l.isHidden()) {
				end = l.getEndOffset();
			}
		}
		TextEdit edit = new TextEdit(start, end - start, "");
		if (!textEdits.contains(edit)) {
			textEdits.add(edit);
		}
	}

	/** @return the previous leaf that is not white space or a comment */
	private static INode previousToken(INode node) {
		for (INode n = NodeModelUtils.findLeafNodeAtOffset(node.getRootNode(), node.getOffset()); n != null;) {
			ILeafNode prev = previousLeaf(n);
			if (prev == null || !prev.isHidden()) {
				return prev;
			}
			n = prev;
		}
		return null;
	}

	private static ILeafNode previousLeaf(INode node) {
		ILeafNode result = null;
		for (ILeafNode leaf : node.getRootNode().getLeafNodes()) {
			if (leaf.getEndOffset() > node.getOffset() || leaf == node) {
				break;
			}
			if (leaf.getLength() > 0) {
				result = leaf;
			}
		}
		return result;
	}

	/** @return text changes made directly, beside the model changes the serializer writes */
	List<TextEdit> textEdits() {
		return textEdits;
	}

	/** @return the references to {@code target} or to anything it contains, from the whole spec */
	private Collection<EStructuralFeature.Setting> usages(EObject target) {
		List<EStructuralFeature.Setting> result = new ArrayList<>(EcoreUtil.UsageCrossReferencer.find(target, resource));
		for (EObject inner : EcoreUtil2.eAllContents(target)) {
			result.addAll(EcoreUtil.UsageCrossReferencer.find(inner, resource));
		}
		return result;
	}

	/** @return "line 28 'require pressure(main) < 1e-6 Pa'" for messages */
	private static String describe(EObject o) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
		if (node == null) {
			return "a " + o.eClass().getName();
		}
		String text = NodeModelUtils.getTokenText(node);
		if (text.length() > 60) {
			text = text.substring(0, 57) + "...";
		}
		return "line " + node.getStartLine() + " '" + text + "'";
	}

	private static boolean within(EObject o, Set<EObject> set) {
		for (EObject e = o; e != null; e = e.eContainer()) {
			if (set.contains(e)) {
				return true;
			}
		}
		return false;
	}
}
