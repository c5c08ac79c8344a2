/**
 * The thermal network solvers work on, pure SI: temperature levels (nodes held at a temperature
 * or floating, with heat capacities for cooldown), links between them (radiation with floating
 * shields, MLI, conduction by k(T) integrals, residual-gas conduction, Kapitza, fixed
 * conductances), fixed heat loads, and coolers with capacity curves and input power (load map or
 * fraction of Carnot). Every heat flow comes from the physics library.
 */
package org.cryostudio.analysis.thermal;
