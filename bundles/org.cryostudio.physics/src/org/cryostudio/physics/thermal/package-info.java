/**
 * Heat transfer in cryostats: grey-body radiation and floating shields, multilayer insulation
 * (Lockheed equation), conduction through thermal-conductivity integrals of the NIST material fits,
 * free-molecular residual-gas conduction, Kapitza conductance, heat capacity for cooldown, and the
 * material and emissivity data (resource files with sources, ranges and confidence flags).
 */
package org.cryostudio.physics.thermal;
