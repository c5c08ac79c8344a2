/**
 * The report model: what a calculation report says, independent of how it is printed. A
 * {@link org.cryostudio.report.model.Report} is a title, metadata and numbered
 * {@link org.cryostudio.report.model.Section}s of {@link org.cryostudio.report.model.Block}s:
 * paragraphs, tables, calculations written out with their substituted values, figures drawn as
 * vector graphics, and validation findings. Exporters (HTML, PDF) read it; nothing here knows a
 * file format. All text is plain Unicode: exporters escape it.
 */
package org.cryostudio.report.model;
