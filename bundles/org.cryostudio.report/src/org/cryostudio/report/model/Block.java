package org.cryostudio.report.model;

/** One element of a section's body, in reading order. */
public sealed interface Block permits Paragraph, Callout, BulletList, Table, Calculation, Figure, Findings {
}
