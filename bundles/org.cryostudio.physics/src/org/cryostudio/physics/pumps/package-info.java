/**
 * Vacuum pumps as models: capture pumps from capture coefficients, cryocondensation with the
 * vapour-pressure floor from the fluid library, the Dubinin-Radushkevich cryosorption isotherm,
 * TSP/NEG getters with saturation, turbomolecular compression ratio per gas, roughing-pump speed
 * curves. Inputs and outputs SI.
 */
package org.cryostudio.physics.pumps;
