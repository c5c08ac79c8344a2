package org.cryostudio.analysis.solver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Finds solvers inside an OSGi framework: first the {@link Solver} services (each solver bundle
 * declares a Declarative Services component in {@code OSGI-INF/}), then, for bundles whose
 * component is not active (no SCR, as in headless tests), the classes named by their
 * {@code META-INF/services/org.cryostudio.analysis.solver.Solver} entry (the extender pattern).
 * Returns nothing outside OSGi, where {@link java.util.ServiceLoader} does the work; the
 * org.osgi.framework import is optional, so this class never loads there.
 */
final class OsgiSolverDiscovery {

	private static final String SERVICE_FILE = "META-INF/services/" + Solver.class.getName();

	private OsgiSolverDiscovery() {
	}

	static List<Solver> solvers(Class<?> anchor) {
		try {
			Class.forName("org.osgi.framework.FrameworkUtil", false, anchor.getClassLoader());
		} catch (ClassNotFoundException | LinkageError e) {
			return List.of();
		}
		return Inside.solvers(anchor);
	}

	/** Holds the OSGi references, so that the outer class loads without the framework. */
	private static final class Inside {

		static List<Solver> solvers(Class<?> anchor) {
			Bundle self = FrameworkUtil.getBundle(anchor);
			if (self == null) {
				return List.of();
			}
			BundleContext context = self.getBundleContext();
			if (context == null) {
				return List.of();
			}
			Map<String, Solver> byId = new LinkedHashMap<>();
			try {
				Collection<ServiceReference<Solver>> refs = context.getServiceReferences(Solver.class, null);
				for (ServiceReference<Solver> ref : refs) {
					Solver s = context.getService(ref);
					if (s != null) {
						byId.putIfAbsent(s.id(), s);
					}
				}
			} catch (org.osgi.framework.InvalidSyntaxException e) {
				throw new IllegalStateException(e);
			}
			for (Bundle b : context.getBundles()) {
				URL entry = b.getEntry(SERVICE_FILE);
				if (entry == null || b.getState() == Bundle.UNINSTALLED) {
					continue;
				}
				for (String className : classNames(entry)) {
					try {
						Object o = b.loadClass(className).getConstructor().newInstance();
						if (o instanceof Solver s) {
							byId.putIfAbsent(s.id(), s);
						}
					} catch (ReflectiveOperationException | LinkageError e) {
						throw new IllegalStateException("solver " + className + " of bundle " + b.getSymbolicName()
								+ " cannot be loaded: " + e, e);
					}
				}
			}
			return new ArrayList<>(byId.values());
		}

		private static List<String> classNames(URL entry) {
			List<String> names = new ArrayList<>();
			try (BufferedReader r = new BufferedReader(new InputStreamReader(entry.openStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = r.readLine()) != null) {
					int hash = line.indexOf('#');
					String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
					if (!name.isEmpty()) {
						names.add(name);
					}
				}
			} catch (IOException e) {
				throw new IllegalStateException("cannot read " + entry + ": " + e.getMessage(), e);
			}
			return names;
		}
	}
}
