package org.cryostudio.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.swt.graphics.Image;

/** The bundle's icons (drawn by tools/icons/Icons.java), shared through JFace's image registry. */
public final class CryoImages {

	public static final String SYSTEM = "system";
	public static final String ELEMENT = "element";
	public static final String PROPERTY = "property";
	public static final String KEYWORD = "keyword";
	public static final String UNIT = "unit";
	public static final String VALUE = "value";
	public static final String REFERENCE = "reference";
	public static final String FILE = "file";
	public static final String RESULTS = "results";
	public static final String CHART = "chart";
	public static final String SOLVE = "solve";
	public static final String REPORT = "report";
	public static final String HELP = "help";
	public static final String ERROR = "error";
	public static final String CRYO = "cryo16";

	private static final String PLUGIN = "org.cryostudio.ui";

	private CryoImages() {
	}

	public static ImageDescriptor descriptor(String name) {
		return ResourceLocator.imageDescriptorFromBundle(PLUGIN, "icons/" + name + ".png")
				.orElse(ImageDescriptor.getMissingImageDescriptor());
	}

	/** @return the shared image (not to be disposed) */
	public static Image get(String name) {
		ImageRegistry registry = JFaceResources.getImageRegistry();
		String key = PLUGIN + "/" + name;
		Image image = registry.get(key);
		if (image == null) {
			registry.put(key, descriptor(name));
			image = registry.get(key);
		}
		return image;
	}

	public static Image forCompletion(CompletionItemKind kind) {
		return get(switch (kind) {
			case Keyword -> KEYWORD;
			case Unit -> UNIT;
			case Reference, Variable, Field -> REFERENCE;
			case Value, Constant, EnumMember -> VALUE;
			case File, Folder -> FILE;
			case Class, Module, Struct, Interface -> ELEMENT;
			case Property -> PROPERTY;
			default -> KEYWORD;
		});
	}
}
