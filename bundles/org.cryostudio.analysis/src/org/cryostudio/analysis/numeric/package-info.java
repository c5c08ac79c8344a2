/**
 * Numerical kernels the solvers share: a dense Cholesky factorisation for the symmetric positive
 * definite systems of flow networks, a Jacobi-preconditioned conjugate-gradient solver for large
 * sparse ones, and a linearly implicit Rosenbrock-W integrator with error control for stiff
 * transients (Hipparchus' ODE module has explicit integrators only; stiff network transients need
 * an implicit method).
 */
package org.cryostudio.analysis.numeric;
