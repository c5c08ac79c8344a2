/**
 * From a design to its calculation report: the design's identity (content hash, git revision),
 * the inputs as written in the spec with their SI values and lines, the requirements, the
 * physics facts about its cold surfaces, and the assembly of all of it into a
 * {@link org.cryostudio.report.model.Report} by {@link org.cryostudio.report.design.CalculationReport}.
 * Reads the parsed model; loading and validating spec files is the caller's (the command line's
 * spec checker, the editor's resource).
 */
package org.cryostudio.report.design;
