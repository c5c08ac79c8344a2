package org.cryostudio.ui.welcome;

import org.cryostudio.ui.internal.CryoImages;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The (single, unsaved) input of the Welcome page. */
public final class WelcomeInput implements IEditorInput {

	public static final WelcomeInput INSTANCE = new WelcomeInput();

	private WelcomeInput() {
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return CryoImages.descriptor(CryoImages.CRYO);
	}

	@Override
	public String getName() {
		return "Welcome";
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "Welcome to CryoStudio";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}
