package org.cryostudio.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The date printed on reports: now, or the time given by {@code SOURCE_DATE_EPOCH} (seconds since
 * 1970, the reproducible-builds convention), so that a build can regenerate a report byte for byte.
 */
final class ReportDate {

	private ReportDate() {
	}

	/** @throws UserError when SOURCE_DATE_EPOCH is set but not a number of seconds */
	static ZonedDateTime now() {
		String epoch = System.getenv("SOURCE_DATE_EPOCH");
		if (epoch != null && !epoch.isBlank()) {
			try {
				return Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(ZoneOffset.UTC);
			} catch (NumberFormatException | java.time.DateTimeException e) {
				throw new UserError("SOURCE_DATE_EPOCH must be a number of seconds since 1970, not '" + epoch + "'");
			}
		}
		return ZonedDateTime.now(ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS);
	}
}
