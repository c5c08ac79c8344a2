/**
 * The vacuum network solvers work on, pure SI: volumes (nodes), gas loads (outgassing with time
 * laws and bakeouts, hydrogen diffusion, leaks, process flows), ducts between volumes
 * (conductances in every regime from the physics library), pumps attached to volumes through
 * ducts, and the schedules that switch pumps and valves. {@link VacuumEquations} evaluates the
 * per-gas balance p V' = Q - sum C (p - p') - S (p - p_floor) that steady and transient solvers share;
 * {@link SteadyFlowSolver} solves it at rest.
 */
package org.cryostudio.analysis.vacuum;
