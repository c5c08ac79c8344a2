/**
 * Cryopump solvers: loading against capacity and the regeneration interval
 * ({@link org.cryostudio.solver.cryopump.CryopumpCapacitySolver}), and the classic cryopumping
 * chart of the system's gases' vapour pressures with its cold surfaces marked
 * ({@link org.cryostudio.solver.cryopump.VapourPressureChartSolver}).
 */
package org.cryostudio.solver.cryopump;
