/**
 * The refrigeration solver: Joule-Thomson and expander end states, Linde-Hampson yields and work,
 * dilution-refrigerator cooling power, and the inversion curve with each operating point.
 */
package org.cryostudio.solver.refrigeration;
