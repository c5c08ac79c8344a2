package org.cryostudio.ui.tests;

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

/** Saves the workbench window, as rendered under Xvfb, into a PNG for a person to look at. */
final class Screenshots {

	private static final int WIDTH = 1400;
	private static final int HEIGHT = 900;

	private Screenshots() {
	}

	static File save(String name) {
		Display display = Display.getCurrent();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		if (shell.getSize().x < WIDTH) {
			shell.setBounds(0, 0, WIDTH, HEIGHT); // room for editor, outline and views side by side
		}
		flush(display);
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

	/** Runs the event loop until no event is pending, several times, so that layouts and paints settle. */
	static void flush(Display display) {
		for (int i = 0; i < 20; i++) {
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
