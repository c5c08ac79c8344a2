package org.cryostudio.layering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayeringCheckTest {

	@TempDir
	Path bundles;

	@Test
	void cleanLayeringPasses() throws IOException {
		bundle("org.cryostudio.physics", "Require-Bundle: org.hipparchus.core\n", "import org.hipparchus.util.FastMath;");
		bundle("org.cryostudio.dsl", "Require-Bundle: org.cryostudio.physics,\n org.eclipse.xtext;bundle-version=\"2.42.0\"\n",
				"import org.eclipse.xtext.Grammar;");
		bundle("org.cryostudio.ui", "Require-Bundle: org.eclipse.swt,\n org.cryostudio.dsl\n", "import org.eclipse.swt.SWT;");
		assertEquals(List.of(), LayeringCheck.check(bundles));
	}

	@Test
	void headlessBundleImportingSwtInSourceFails() throws IOException {
		bundle("org.cryostudio.cli", "Require-Bundle: org.cryostudio.dsl\n", "import org.eclipse.swt.widgets.Display;");
		List<String> v = LayeringCheck.check(bundles);
		assertEquals(1, v.size(), v.toString());
		assertTrue(v.get(0).contains("imports org.eclipse.swt.widgets.Display"), v.get(0));
		assertTrue(v.get(0).contains("Example.java:3"), v.get(0));
	}

	@Test
	void diagramCoreIsHeadlessAndBelowTheDiagramEditor() throws IOException {
		bundle("org.cryostudio.diagram.core", "Require-Bundle: org.cryostudio.dsl\n", "import org.eclipse.swt.graphics.GC;");
		bundle("org.cryostudio.diagram", "Require-Bundle: org.cryostudio.ui,\n org.cryostudio.diagram.core\n",
				"import org.eclipse.swt.SWT;");
		List<String> v = LayeringCheck.check(bundles);
		assertEquals(1, v.size(), v.toString());
		assertTrue(v.get(0).contains("org.cryostudio.diagram.core (headless) imports org.eclipse.swt.graphics.GC"), v.get(0));
	}

	@Test
	void headlessBundleRequiringJFaceFails() throws IOException {
		bundle("org.cryostudio.dsl.ide", "Require-Bundle: org.cryostudio.dsl,\n org.eclipse.jface.text\n", "");
		assertTrue(LayeringCheck.check(bundles).get(0).contains("requires bundle org.eclipse.jface.text"));
	}

	@Test
	void physicsImportingAnythingFromEclipseFails() throws IOException {
		bundle("org.cryostudio.physics", "Require-Bundle: org.hipparchus.core\n", "import org.eclipse.emf.ecore.EObject;");
		assertTrue(LayeringCheck.check(bundles).get(0).contains("(pure Java) imports org.eclipse.emf.ecore.EObject"));
	}

	@Test
	void testFragmentOfHeadlessBundleIsHeadlessToo() throws IOException {
		fragment("org.cryostudio.physics.tests", "org.cryostudio.physics", "import org.eclipse.swt.SWT;");
		assertEquals(1, LayeringCheck.check(bundles).size());
	}

	@Test
	void upwardDependencyFails() throws IOException {
		bundle("org.cryostudio.dsl", "Require-Bundle: org.cryostudio.cli\n", "");
		assertTrue(LayeringCheck.check(bundles).get(0).contains("requires org.cryostudio.cli, which is not in a lower layer"));
	}

	private void bundle(String name, String headers, String importLine) throws IOException {
		write(name, "Bundle-SymbolicName: " + name + ";singleton:=true\n" + headers, importLine);
	}

	private void fragment(String name, String host, String importLine) throws IOException {
		write(name, "Bundle-SymbolicName: " + name + "\nFragment-Host: " + host + "\n", importLine);
	}

	private void write(String name, String headers, String importLine) throws IOException {
		Path dir = bundles.resolve(name);
		Files.createDirectories(dir.resolve("META-INF"));
		Files.writeString(dir.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\n" + headers + "\n");
		Path src = dir.resolve("src/org/example");
		Files.createDirectories(src);
		Files.writeString(src.resolve("Example.java"), "package org.example;\n\n" + importLine + "\n\nclass Example {}\n");
	}
}
