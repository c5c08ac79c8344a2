/**
 * Refrigeration and liquefaction: Carnot limits and fraction-of-Carnot machines, the ideal Stirling
 * cycle, Linde-Hampson liquefaction and expansion end states with real-fluid properties from
 * {@link org.cryostudio.physics.fluids}, dilution-refrigerator cooling power, the He II fountain
 * effect. (The textbook Clausius-Clapeyron model lives with the other simple fluid models in
 * {@link org.cryostudio.physics.fluids.ClausiusClapeyron}.)
 */
package org.cryostudio.physics.refrigeration;
