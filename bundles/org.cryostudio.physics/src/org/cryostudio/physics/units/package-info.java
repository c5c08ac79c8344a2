/**
 * Quantities and units at the edges of CryoStudio: parsing of engineering and vacuum units as
 * users write them ({@code mbar*L/s}, {@code Pa*m3/(s*m2)}, {@code degC}, {@code sccm} ...), their
 * {@link org.cryostudio.physics.units.Dimension} for dimension checking, the usual units of each
 * {@link org.cryostudio.physics.units.QuantityKind} for content assist, and
 * {@link org.cryostudio.physics.units.Quantity} formatting for reports and the command line.
 *
 * <p>Numerical code inside CryoStudio works on SI doubles; units are converted once, on input
 * and output. A small own dimension algebra is used instead of JSR 385 (Indriya): see
 * BENCHMARKS.md for the measured start-up and parse costs that motivated it, and the missing
 * vacuum units (torr*L/s, sccm) and spellings (m3, degC) that Indriya would need added anyway.
 */
package org.cryostudio.physics.units;
