/**
 * Kinetic theory of dilute gases: molecular speeds and impingement (Maxwell-Boltzmann), mean
 * free path and Knudsen number (which decide the flow regime), viscosity data and the effective
 * hard-sphere diameter derived from it, and the thermal de Broglie wavelength. Thermodynamic data
 * (molar mass, vapour pressure, enthalpy) is not here: it comes from
 * {@link org.cryostudio.physics.fluids}. Inputs and outputs are SI.
 */
package org.cryostudio.physics.kinetic;
