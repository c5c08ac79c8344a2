package org.cryostudio.diagram.core.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import javax.imageio.ImageIO;

import org.cryostudio.diagram.core.render.AwtPainter;
import org.cryostudio.diagram.core.render.ScenePainter;
import org.cryostudio.diagram.core.render.Theme;
import org.cryostudio.diagram.core.scene.Bounds;
import org.cryostudio.diagram.core.scene.Scene;

/** A laid-out scene as a PNG image, rendered by Java2D without a display. */
public final class PngWriter {

	private PngWriter() {
	}

	/** @param scale pixels per diagram unit (2 gives a sharp image for print) */
	public static byte[] write(Scene scene, double scale) {
		Bounds b = SvgWriter.frame(scene);
		int w = (int) Math.ceil(b.width() * scale);
		int h = (int) Math.ceil(b.height() * scale);
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(new java.awt.Color(Theme.BACKGROUND.red(), Theme.BACKGROUND.green(), Theme.BACKGROUND.blue()));
			g.fillRect(0, 0, w, h);
			g.scale(scale, scale);
			g.translate(-b.x(), -b.y());
			ScenePainter.paint(new AwtPainter(g), scene, Set.of());
		} finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
