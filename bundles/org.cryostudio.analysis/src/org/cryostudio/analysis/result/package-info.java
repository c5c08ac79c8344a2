/**
 * The result model of a solve, shared by every front end (command line, desktop, reports): per
 * solver a status, scalars, series, chart specifications and requirement verdicts, all in SI
 * units, never NaN or infinite (the builders reject non-finite numbers and name the element).
 * The JSON form follows the {@code cryo solve} contract of CLI.md ({@link ResultJson}).
 */
package org.cryostudio.analysis.result;
