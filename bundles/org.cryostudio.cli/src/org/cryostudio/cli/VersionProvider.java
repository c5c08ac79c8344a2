package org.cryostudio.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from this bundle's manifest (Bundle-Version, qualifier expanded by the build). */
public final class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { "cryo " + version() + " (CryoStudio), Java " + Runtime.version() };
	}

	/** @return the Bundle-Version of org.cryostudio.cli, or "dev" when run from classes */
	public static String version() {
		try {
			CodeSource source = VersionProvider.class.getProtectionDomain().getCodeSource();
			if (source != null && source.getLocation() != null) {
				File file = new File(source.getLocation().toURI());
				if (file.isFile()) {
					try (JarFile jar = new JarFile(file)) {
						return bundleVersion(jar.getManifest());
					}
				}
			}
			try (InputStream in = VersionProvider.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
				if (in != null) {
					return bundleVersion(new Manifest(in));
				}
			}
		} catch (IOException | URISyntaxException | IllegalArgumentException | SecurityException e) {
			// fall through: the version is informative only
		}
		return "dev";
	}

	private static String bundleVersion(Manifest manifest) {
		String v = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
		return v == null ? "dev" : v;
	}
}
