package org.cryostudio.layering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoNetworkCheckTest {

	@TempDir
	Path bundles;

	@Test
	void bundleResourcesAndFilesAreFine() throws IOException {
		source("org.cryostudio.ui", "import java.net.URL;\nimport java.io.InputStream;",
				"InputStream in = bundle.getEntry(\"x\").openStream();");
		assertEquals(List.of(), NoNetworkCheck.check(bundles));
	}

	@Test
	void httpClientAndSocketsAreReported() throws IOException {
		source("org.cryostudio.report", "import java.net.http.HttpClient;", "");
		source("org.cryostudio.cli", "import java.net.Socket;", "");
		List<String> v = NoNetworkCheck.check(bundles);
		assertEquals(2, v.size(), v.toString());
		assertTrue(v.get(0).contains("org.cryostudio.cli/src/org/example/Example.java:3 imports network API import java.net.Socket"),
				v.get(0));
	}

	@Test
	void urlConnectionsAreReported() throws IOException {
		source("org.cryostudio.dsl", "import java.net.URL;", "Object c = new URL(\"http://x\").openConnection();");
		List<String> v = NoNetworkCheck.check(bundles);
		assertEquals(1, v.size(), v.toString());
		assertTrue(v.get(0).contains(":6 calls network API .openConnection("), v.get(0));
	}

	private void source(String bundle, String imports, String body) throws IOException {
		Path src = Files.createDirectories(bundles.resolve(bundle).resolve("src/org/example"));
		Files.writeString(src.resolve("Example.java"),
				"package org.example;\n\n" + imports + "\n\nclass Example {\n\tvoid run() { " + body + " }\n}\n");
	}
}
