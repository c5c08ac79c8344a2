package org.cryostudio.analysis.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The solvers available to a front end, by id. {@link #discover()} finds them where the code
 * runs: on a plain class path through {@link ServiceLoader} ({@code META-INF/services} files of the
 * solver jars), inside OSGi through the Solver services that Declarative Services registered or,
 * without SCR, the service files of the resolved bundles ({@link OsgiSolverDiscovery}). Tests
 * build a registry from explicit instances with {@link #of(Collection)}.
 */
public final class SolverRegistry {

	private final Map<String, Solver> byId;

	private SolverRegistry(Collection<? extends Solver> solvers) {
		Map<String, Solver> map = new LinkedHashMap<>();
		List<Solver> sorted = new ArrayList<>(solvers);
		sorted.sort(Comparator.comparing(Solver::id));
		for (Solver s : sorted) {
			map.putIfAbsent(s.id(), s);
		}
		this.byId = map;
	}

	/** @return a registry of exactly these solvers (duplicated ids: the first wins) */
	public static SolverRegistry of(Collection<? extends Solver> solvers) {
		return new SolverRegistry(solvers);
	}

	/** @return the solvers installed where this code runs */
	public static SolverRegistry discover() {
		List<Solver> found = new ArrayList<>();
		found.addAll(OsgiSolverDiscovery.solvers(SolverRegistry.class));
		if (found.isEmpty()) {
			load(ServiceLoader.load(Solver.class, SolverRegistry.class.getClassLoader()), found);
			ClassLoader context = Thread.currentThread().getContextClassLoader();
			if (context != null && context != SolverRegistry.class.getClassLoader()) {
				load(ServiceLoader.load(Solver.class, context), found);
			}
		}
		return new SolverRegistry(found);
	}

	private static void load(ServiceLoader<Solver> loader, List<Solver> into) {
		try {
			for (Solver s : loader) {
				into.add(s);
			}
		} catch (ServiceConfigurationError e) {
			throw new IllegalStateException("a solver plugin cannot be loaded: " + e.getMessage(), e);
		}
	}

	/** @return all solvers, sorted by id */
	public List<Solver> all() {
		return List.copyOf(byId.values());
	}

	/** @return the solver with that id */
	public Optional<Solver> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** @return the ids, sorted */
	public List<String> ids() {
		return List.copyOf(byId.keySet());
	}
}
