/**
 * Refrigeration and liquefaction: Carnot limits and fraction-of-Carnot machines, the ideal Stirling
 * cycle, Linde-Hampson liquefaction and expansion end states with real-fluid properties from
 * {@link org.cryostudio.physics.fluids}, dilution-refrigerator cooling power, the He II fountain
 * effect, and the textbook Clausius-Clapeyron vapour-pressure model used by the seed examples.
 */
package org.cryostudio.physics.refrigeration;
