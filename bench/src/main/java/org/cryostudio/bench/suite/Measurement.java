package org.cryostudio.bench.suite;

/**
 * One row of the benchmark table.
 *
 * @param group  the part of the product measured (a table per group)
 * @param what   the operation, with its size where it has one
 * @param figure the measured figure with its unit, as printed
 * @param note   how it was measured (repetitions, statistic)
 */
record Measurement(String group, String what, String figure, String note) {
}
