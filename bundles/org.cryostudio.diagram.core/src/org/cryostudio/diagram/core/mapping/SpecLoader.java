package org.cryostudio.diagram.core.mapping;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cryostudio.dsl.ide.CryoIdeSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Parses and validates spec text outside any editor, with the language's own services: the
 * injector registered for {@code .cryo} when there is one (the desktop's, the command line's),
 * else one created here.
 */
public final class SpecLoader {

	private final Injector injector;

	public SpecLoader(Injector injector) {
		this.injector = injector;
	}

	/** @return a loader on the registered Cryo injector, registering one if none is */
	public static SpecLoader standard() {
		return new SpecLoader(registeredInjector());
	}

	static synchronized Injector registeredInjector() {
		Object provider = IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().get("cryo");
		if (provider instanceof IResourceServiceProvider p && p.get(Injector.class) != null) {
			return p.get(Injector.class);
		}
		return new CryoIdeSetup().createInjectorAndDoEMFRegistration();
	}

	public Injector injector() {
		return injector;
	}

	/** Parses {@code text} as the content of {@code uri} in a fresh resource set, cross references resolved. */
	public XtextResource parse(String text, URI uri) throws IOException {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(uri);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		EcoreUtil.resolveAll(resource);
		return resource;
	}

	public XtextResource load(Path spec) throws IOException {
		return parse(Files.readString(spec, StandardCharsets.UTF_8), URI.createFileURI(spec.toAbsolutePath().toString()));
	}

	/** @return every issue of the resource: syntax, linking and the language's validation rules */
	public List<Issue> validate(XtextResource resource) {
		return resource.getResourceServiceProvider().get(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}
}
