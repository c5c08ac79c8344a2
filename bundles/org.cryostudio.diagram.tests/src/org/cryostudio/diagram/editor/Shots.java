package org.cryostudio.diagram.editor;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** The workbench window as rendered under Xvfb, saved as PNG for a person to look at. */
final class Shots {

	private Shots() {
	}

	static File save(String name) {
		Display display = Display.getCurrent();
		settle(display, 20);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Rectangle b = shell.getBounds();
		File target = new File(System.getProperty("cryo.screenshots", "target/screenshots"), name + ".png");
		target.getAbsoluteFile().getParentFile().mkdirs();
		Image image = new Image(display, b.width, b.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, b.x, b.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(target.getAbsolutePath(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		return target;
	}

	/** Runs the event loop a while, so that layouts, jobs' async updates and paints settle. */
	static void settle(Display display, int rounds) {
		for (int i = 0; i < rounds; i++) {
			while (display.readAndDispatch()) {
				// dispatch
			}
			try {
				Thread.sleep(25);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
