/**
 * The system model solvers receive: the vacuum and thermal networks, refrigeration stages, the
 * requirements to verify and the scenario settings, all SI, built from a validated spec by
 * {@link org.cryostudio.analysis.build.SpecModelBuilder} or by hand (tests, benchmarks).
 */
package org.cryostudio.analysis.model;
