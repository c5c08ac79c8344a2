/**
 * Vacuum solvers: the steady state of a vacuum network (base pressure per volume and gas,
 * throughput per element, effective speed at each volume; conductances iterated with the local
 * flow regime) and the pump-down transient from atmosphere (regime changing with time, pump
 * curves, outgassing decay and bakeouts, roughing-then-high-vacuum sequencing, per-gas partial
 * pressures) on a stiff integrator with error control.
 */
package org.cryostudio.solver.vacuum;
