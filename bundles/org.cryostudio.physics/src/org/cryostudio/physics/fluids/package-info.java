/**
 * Real-fluid properties. {@link org.cryostudio.physics.fluids.Fluids#of} gives, per
 * {@link org.cryostudio.physics.fluids.Gas}, a {@link org.cryostudio.physics.fluids.Fluid}: a
 * multiparameter Helmholtz-energy equation of state (reference EoS of each fluid, coefficients
 * converted from the CoolProp 8.0.0 fluid files by {@code tools/convert-coolprop-fluids.py} into
 * {@code *.fluid} resources), saturation by phase equilibrium, flashes, Joule-Thomson inversion,
 * and vapour pressures below the triple point from published sublimation correlations
 * ({@code vapour-pressure.txt}) and the ITS-90 helium equations. Beside them the textbook models
 * {@link org.cryostudio.physics.fluids.IdealGas}, {@link org.cryostudio.physics.fluids.VanDerWaals}
 * and {@link org.cryostudio.physics.fluids.ClausiusClapeyron}.
 *
 * <p>All values are SI (K, Pa, kg/m3, J/kg, J/(kg K), m/s). Every answer carries a validity flag:
 * outside a model's range the value is marked invalid with a warning, never silently
 * extrapolated. He-4 below the lambda point (2.1768 K) is outside every EoS here.
 */
package org.cryostudio.physics.fluids;
