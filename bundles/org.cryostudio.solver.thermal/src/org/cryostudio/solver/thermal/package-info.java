/**
 * Thermal solvers: the steady heat-load budget of a thermal network (temperatures of floating
 * levels, load per stage by category, cooler margin and input power) and the cooldown transient
 * of masses with temperature-dependent heat capacity against cooler capacity curves.
 */
package org.cryostudio.solver.thermal;
