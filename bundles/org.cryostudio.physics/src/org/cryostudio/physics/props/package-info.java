/**
 * The headless property calculator that {@code cryo props} calls
 * ({@link org.cryostudio.physics.props.PropertyCalculator}): string inputs with units, answers in
 * SI with model, source and validity, and the JSON document of the command-line contract.
 */
package org.cryostudio.physics.props;
