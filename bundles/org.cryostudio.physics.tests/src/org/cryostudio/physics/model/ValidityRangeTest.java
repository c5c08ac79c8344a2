package org.cryostudio.physics.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ValidityRangeTest {

	@Test
	void boundsAreInclusive() {
		ValidityRange r = new ValidityRange("T", 63.151, 126.192, "K");
		assertTrue(r.contains(63.151));
		assertTrue(r.contains(126.192));
		assertFalse(r.contains(50.0));
	}

	@Test
	void warningMakesAResultInvalid() {
		ModelResult ok = ModelResult.of(1.0, "Pa", "m", "s", List.of());
		assertTrue(ok.valid());
		ModelResult bad = ok.withWarning("outside range");
		assertFalse(bad.valid());
		assertTrue(bad.warnings().contains("outside range"));
	}
}
