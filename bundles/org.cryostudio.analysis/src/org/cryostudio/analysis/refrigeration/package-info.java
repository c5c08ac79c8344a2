/**
 * Expansion and liquefaction stages of a system as the refrigeration solver sees them: Joule-Thomson
 * valves, expanders, Linde-Hampson liquefiers and dilution refrigerators, all SI.
 */
package org.cryostudio.analysis.refrigeration;
