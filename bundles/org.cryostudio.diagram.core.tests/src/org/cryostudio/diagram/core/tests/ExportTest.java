package org.cryostudio.diagram.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.cryostudio.diagram.core.export.DiagramExport;
import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.Scene;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The headless export path that reports use: spec file in, SVG and PNG out, no display. */
class ExportTest {

	static Path example() {
		return Path.of(System.getProperty("cryo.examples", "dsl-examples"), "quickstart", "chamber.cryo");
	}

	static Path out(String name) throws Exception {
		Path dir = Path.of(System.getProperty("cryo.screenshots", "target/screenshots"));
		Files.createDirectories(dir);
		return dir.resolve(name);
	}

	@Test
	void svgOfTheQuickstartIsWellFormedAndShowsEveryElementByName() throws Exception {
		String svg = DiagramExport.svg(example(), DiagramView.VACUUM);
		Files.writeString(out("export-quickstart-vacuum.svg"), svg, StandardCharsets.UTF_8);
		Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertEquals("svg", doc.getDocumentElement().getNodeName());
		for (String name : new String[] { "main", "cp", "port" }) {
			assertTrue(svg.contains(">" + name + "<"), name + " is drawn as text");
		}
		assertTrue(svg.contains("0.35 m³"), "values with pretty units");
	}

	@Test
	void pngIsScaledAndDecodes() throws Exception {
		Scene scene = DiagramExport.scene(example(), DiagramView.VACUUM);
		byte[] png1 = DiagramExport.png(scene, 1);
		byte[] png2 = DiagramExport.png(scene, 2);
		Files.write(out("export-quickstart-vacuum.png"), png2);
		BufferedImage one = ImageIO.read(new ByteArrayInputStream(png1));
		BufferedImage two = ImageIO.read(new ByteArrayInputStream(png2));
		assertNotNull(one);
		assertTrue(Math.abs(two.getWidth() - 2 * one.getWidth()) <= 2, one.getWidth() + " vs " + two.getWidth());
		assertTrue(one.getWidth() > 200 && one.getHeight() > 60, one.getWidth() + "x" + one.getHeight());
	}
}
