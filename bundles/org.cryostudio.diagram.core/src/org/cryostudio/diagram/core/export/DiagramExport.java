package org.cryostudio.diagram.core.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cryostudio.diagram.core.layout.LayoutFile;
import org.cryostudio.diagram.core.layout.SceneLayout;
import org.cryostudio.diagram.core.mapping.SceneBuilder;
import org.cryostudio.diagram.core.mapping.SpecLoader;
import org.cryostudio.diagram.core.render.AwtTextMeasure;
import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.Point;
import org.cryostudio.diagram.core.scene.Scene;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * The diagrams of a spec as SVG or PNG, without a display or a workbench: what reports and the
 * command line call. Positions come from the spec's {@code .cryo.layout} file where the user set
 * them and from the automatic layout elsewhere, exactly as the diagram editor shows them.
 *
 * <pre>
 * String svg = DiagramExport.svg(Path.of("chamber.cryo"), DiagramView.VACUUM);
 * byte[] png = DiagramExport.png(Path.of("chamber.cryo"), DiagramView.THERMAL, 2);
 * </pre>
 */
public final class DiagramExport {

	private DiagramExport() {
	}

	/** @return the laid-out scene of {@code view} of the spec file, with its findings */
	public static Scene scene(Path spec, DiagramView view) throws IOException {
		SpecLoader loader = SpecLoader.standard();
		XtextResource resource = loader.load(spec);
		return scene(resource, view, LayoutFile.read(LayoutFile.besides(spec)), loader.validate(resource));
	}

	/**
	 * @param resource a parsed spec (e.g. the one a report already holds)
	 * @param layout   the user's positions ({@code new LayoutFile()} for none)
	 * @param issues   findings to show on the elements, may be empty
	 */
	public static Scene scene(Resource resource, DiagramView view, LayoutFile layout, List<Issue> issues) {
		Scene scene = SceneBuilder.build(resource, view);
		SceneBuilder.addFindings(scene, resource, issues);
		Map<String, Point> fixed = layout.positions(view);
		SceneLayout.apply(scene, AwtTextMeasure.get(), fixed);
		return scene;
	}

	public static String svg(Path spec, DiagramView view) throws IOException {
		return SvgWriter.write(scene(spec, view));
	}

	/** @param scale pixels per diagram unit */
	public static byte[] png(Path spec, DiagramView view, double scale) throws IOException {
		return PngWriter.write(scene(spec, view), scale);
	}

	public static String svg(Scene laidOut) {
		return SvgWriter.write(laidOut);
	}

	public static byte[] png(Scene laidOut, double scale) {
		return PngWriter.write(laidOut, scale);
	}
}
