package org.cryostudio.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cryostudio.dsl.cryo.Model;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/** The bundled example specs and a way to parse text as if it were a file at a given path. */
final class Specs {

	private Specs() {
	}

	static Path examples() {
		return Path.of(System.getProperty("cryo.examples", "dsl-examples"));
	}

	/** Every valid example (dsl-examples/invalid/ holds specs that must fail). */
	static List<Path> validExamples() {
		try (Stream<Path> walk = Files.walk(examples())) {
			List<Path> files = walk.filter(p -> p.toString().endsWith(".cryo"))
					.filter(p -> !examples().relativize(p).toString().startsWith("invalid")).sorted().toList();
			if (files.size() < 4) {
				throw new IllegalStateException("expected the bundled examples under " + examples().toAbsolutePath());
			}
			return files;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Parses the text as the file at {@code path} (imports resolve beside it) into the resource set. */
	static XtextResource parse(XtextResourceSet set, Path path, String text) {
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(path.toAbsolutePath().toString()));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	static Model model(XtextResource resource) {
		return (Model) resource.getContents().get(0);
	}
}
