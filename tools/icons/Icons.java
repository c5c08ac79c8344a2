import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws CryoStudio's small icons (16x16 PNG, antialiased) into bundles/org.cryostudio.ui/icons/.
 * Run from the repository root: java tools/icons/Icons.java
 */
public class Icons {

	static final Color BLUE = new Color(0x2f6db5);
	static final Color GREEN = new Color(0x3c9a4a);
	static final Color PURPLE = new Color(0x7f0055);
	static final Color TEAL = new Color(0x00807f);
	static final Color ORANGE = new Color(0xd9822b);
	static final Color GREY = new Color(0x6a7480);

	public static void main(String[] args) throws IOException {
		File dir = new File(args.length > 0 ? args[0] : "bundles/org.cryostudio.ui/icons");
		dir.mkdirs();
		letter(dir, "system", BLUE, "S");
		save(dir, "element", 16, g -> {
			g.setColor(BLUE);
			g.fill(new Ellipse2D.Double(2.5, 2.5, 11, 11));
			g.setColor(Color.WHITE);
			g.fill(new Ellipse2D.Double(6, 6, 4, 4));
		});
		save(dir, "property", 16, g -> {
			g.setColor(GREEN);
			g.fill(new RoundRectangle2D.Double(4, 4, 8, 8, 3, 3));
		});
		letter(dir, "keyword", PURPLE, "k");
		letter(dir, "unit", TEAL, "u");
		letter(dir, "value", GREY, "#");
		save(dir, "reference", 16, g -> {
			g.setColor(BLUE);
			g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.drawLine(3, 8, 12, 8);
			Path2D head = new Path2D.Double();
			head.moveTo(9, 4);
			head.lineTo(13, 8);
			head.lineTo(9, 12);
			g.draw(head);
		});
		save(dir, "file", 16, g -> {
			Path2D page = new Path2D.Double();
			page.moveTo(3.5, 1.5);
			page.lineTo(9.5, 1.5);
			page.lineTo(12.5, 4.5);
			page.lineTo(12.5, 14.5);
			page.lineTo(3.5, 14.5);
			page.closePath();
			g.setColor(Color.WHITE);
			g.fill(page);
			g.setColor(GREY);
			g.setStroke(new BasicStroke(1f));
			g.draw(page);
			g.setColor(BLUE);
			g.drawLine(5, 7, 11, 7);
			g.drawLine(5, 9, 11, 9);
			g.drawLine(5, 11, 9, 11);
		});
		save(dir, "results", 16, g -> {
			g.setColor(Color.WHITE);
			g.fillRect(1, 2, 14, 12);
			g.setColor(GREY);
			g.drawRect(1, 2, 13, 11);
			g.setColor(BLUE);
			g.fillRect(2, 3, 12, 3);
			g.setColor(GREY);
			g.drawLine(2, 9, 14, 9);
			g.drawLine(7, 6, 7, 13);
		});
		save(dir, "chart", 16, g -> {
			g.setColor(GREY);
			g.drawLine(2, 1, 2, 14);
			g.drawLine(2, 14, 15, 14);
			g.setColor(ORANGE);
			g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			Path2D curve = new Path2D.Double();
			curve.moveTo(3, 3);
			curve.curveTo(5, 10, 9, 12, 14, 12);
			g.draw(curve);
		});
		save(dir, "solve", 16, g -> {
			Path2D play = new Path2D.Double();
			play.moveTo(4, 2.5);
			play.lineTo(13, 8);
			play.lineTo(4, 13.5);
			play.closePath();
			g.setColor(GREEN);
			g.fill(play);
		});
		save(dir, "report", 16, g -> {
			g.setColor(Color.WHITE);
			g.fillRect(3, 1, 10, 14);
			g.setColor(GREY);
			g.drawRect(3, 1, 10, 13);
			g.setColor(ORANGE);
			g.fillRect(5, 9, 2, 4);
			g.fillRect(8, 6, 2, 7);
			g.setColor(BLUE);
			g.drawLine(5, 3, 11, 3);
		});
		letter(dir, "help", BLUE, "?");
		save(dir, "error", 16, g -> {
			g.setColor(new Color(0xd03030));
			g.fill(new Ellipse2D.Double(1.5, 1.5, 13, 13));
			g.setColor(Color.WHITE);
			g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.drawLine(5, 5, 11, 11);
			g.drawLine(11, 5, 5, 11);
		});
	}

	static void letter(File dir, String name, Color color, String letter) throws IOException {
		save(dir, name, 16, g -> {
			g.setColor(color);
			g.fill(new RoundRectangle2D.Double(1, 1, 14, 14, 5, 5));
			g.setColor(Color.WHITE);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
			FontMetrics m = g.getFontMetrics();
			g.drawString(letter, 8 - m.stringWidth(letter) / 2f, 8 + (m.getAscent() - m.getDescent()) / 2f);
		});
	}

	static void save(File dir, String name, int size, Consumer<Graphics2D> painter) throws IOException {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		painter.accept(g);
		g.dispose();
		ImageIO.write(image, "png", new File(dir, name + ".png"));
	}
}
