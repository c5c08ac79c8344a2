/**
 * The solver contract and registry. A solver family is a bundle that implements {@link Solver}
 * and registers it: outside OSGi by a {@code META-INF/services/org.cryostudio.analysis.solver.Solver}
 * file (read by {@link java.util.ServiceLoader}); inside OSGi by a Declarative Services component
 * providing the same interface (the desktop), with the service file read from every resolved
 * bundle as a fallback when no SCR runs (tests). Adding a solver is adding a bundle.
 * Long solves report progress through a {@link SolverMonitor} and stop when it is cancelled.
 */
package org.cryostudio.analysis.solver;
