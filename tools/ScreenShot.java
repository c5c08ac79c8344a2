import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.io.File;

import javax.imageio.ImageIO;

/**
 * Saves the whole X screen ($DISPLAY) as a PNG: {@code java tools/ScreenShot.java out.png}.
 * Used by the product smoke test; needs no package beyond the JDK (AWT + libXtst).
 */
public final class ScreenShot {
	public static void main(String[] args) throws Exception {
		Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
		File out = new File(args[0]);
		out.getAbsoluteFile().getParentFile().mkdirs();
		ImageIO.write(new Robot().createScreenCapture(screen), "png", out);
	}
}
