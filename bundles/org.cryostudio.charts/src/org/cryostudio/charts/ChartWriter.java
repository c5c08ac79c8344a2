package org.cryostudio.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.cryostudio.analysis.result.ChartSpec;
import org.cryostudio.analysis.result.SolverResult;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes charts as PNG (Java2D into an image, antialiased) and SVG (JFreeSVG), headless. File names
 * are {@code <solver id>-<chart id>.png|svg}, e.g. {@code vacuum.pumpdown-pumpdown.png}.
 */
public final class ChartWriter {

	private ChartWriter() {
	}

	/** Writes a PNG of the chart. */
	public static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
		} finally {
			g.dispose();
		}
		if (!ImageIO.write(image, "png", file.toFile())) {
			throw new IOException("no PNG writer available");
		}
	}

	/** Writes an SVG of the chart. */
	public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
		SVGGraphics2D g = new SVGGraphics2D(width, height);
		chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
		Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
	}

	/**
	 * Writes every chart of a result as PNG and SVG into a directory (created when missing).
	 *
	 * @return the files written
	 */
	public static List<Path> writeAll(SolverResult result, Path dir) throws IOException {
		Files.createDirectories(dir);
		List<Path> written = new ArrayList<>();
		for (ChartSpec spec : result.charts()) {
			JFreeChart chart = ChartFactory.create(result, spec);
			String base = result.solverId() + "-" + spec.id();
			Path png = dir.resolve(base + ".png");
			Path svg = dir.resolve(base + ".svg");
			writePng(chart, png, ChartStyle.WIDTH, ChartStyle.HEIGHT);
			writeSvg(chart, svg, ChartStyle.WIDTH, ChartStyle.HEIGHT);
			written.add(png);
			written.add(svg);
		}
		return written;
	}
}
