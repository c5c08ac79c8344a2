/**
 * Charts from solver results: JFreeChart XY plots of the series a {@link org.cryostudio.analysis.result.ChartSpec}
 * names, logarithmic axes where the spec asks for them, the unit in every axis label, one style
 * ({@link ChartStyle}) for every chart, written headless as PNG and SVG (JFreeSVG). No SWT, no UI:
 * the command line and reports use it directly, the desktop draws the same JFreeChart objects.
 */
package org.cryostudio.charts;
