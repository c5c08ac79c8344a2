package org.cryostudio.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.cryostudio.analysis.result.ChartSpec;
import org.cryostudio.analysis.result.Marker;
import org.cryostudio.analysis.result.Series;
import org.cryostudio.analysis.result.SolverResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts render headless, with log axes where asked, units in the labels, as PNG and SVG. */
class ChartWriterTest {

	@TempDir
	Path dir;

	private static SolverResult pumpdown() {
		double[] t = new double[50];
		double[] p = new double[50];
		double[] q = new double[50];
		for (int i = 0; i < t.length; i++) {
			t[i] = Math.pow(10, -1 + 7.0 * i / 49);
			p[i] = 1e5 * Math.exp(-t[i] / 30) + 1e-3 * 3600 / t[i];
			q[i] = i == 0 ? 0 : p[i] / 2; // a zero a log axis cannot show
		}
		return SolverResult.builder("vacuum.pumpdown")
				.series(Series.of("pressure chamber", "time", "s", t, "pressure", "Pa", p))
				.series(Series.of("pressure load lock", "time", "s", t, "pressure", "Pa", q))
				.series(Series.of("temperature", "time", "s", t, "temperature", "K", t))
				.chart(new ChartSpec("pumpdown", "Pump-down", List.of("pressure chamber", "pressure load lock"), true, true,
						List.of(Marker.atY(1e-6, "required"), Marker.atX(100, "turbo started"))))
				.chart(new ChartSpec("linear", "Linear", List.of("temperature"), false, false, List.of()))
				.build();
	}

	@Test
	void rendersWithoutADisplay() throws Exception {
		assertTrue(GraphicsEnvironment.isHeadless(), "tests run with java.awt.headless=true");
		List<Path> files = ChartWriter.writeAll(pumpdown(), dir);
		assertEquals(4, files.size());
		BufferedImage png = ImageIO.read(dir.resolve("vacuum.pumpdown-pumpdown.png").toFile());
		assertEquals(ChartStyle.WIDTH, png.getWidth());
		assertEquals(ChartStyle.HEIGHT, png.getHeight());
		// the first series' colour appears: a line was drawn
		int blue = ((java.awt.Color) ChartStyle.seriesPaint(0)).getRGB() & 0xFFFFFF;
		boolean found = false;
		for (int x = 0; x < png.getWidth() && !found; x++) {
			for (int y = 0; y < png.getHeight() && !found; y++) {
				found = (png.getRGB(x, y) & 0xFFFFFF) == blue;
			}
		}
		assertTrue(found, "no line of the first series' colour");
		String svg = Files.readString(dir.resolve("vacuum.pumpdown-pumpdown.svg"));
		assertTrue(svg.startsWith("<svg") || svg.contains("<svg"), svg.substring(0, 100));
		assertTrue(svg.contains("time (s)"), "axis label with unit");
	}

	@Test
	void logAxesWhereAskedAndUnitsInEveryLabel() {
		SolverResult r = pumpdown();
		JFreeChart log = ChartFactory.create(r, r.charts().get(0));
		XYPlot plot = log.getXYPlot();
		assertInstanceOf(LogAxis.class, plot.getDomainAxis());
		assertInstanceOf(LogAxis.class, plot.getRangeAxis());
		assertEquals("time (s)", plot.getDomainAxis().getLabel());
		assertEquals("pressure (Pa)", plot.getRangeAxis().getLabel());
		// the zero of the second series is left out of the log chart
		assertEquals(49, plot.getDataset().getItemCount(1));
		assertEquals(1, plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
		JFreeChart linear = ChartFactory.create(r, r.charts().get(1));
		assertInstanceOf(NumberAxis.class, linear.getXYPlot().getRangeAxis());
		assertEquals("temperature (K)", linear.getXYPlot().getRangeAxis().getLabel());
		assertFalse(linear.getLegend() != null && linear.getLegend().isVisible() && r.charts().get(1).series().size() > 1);
	}
}
