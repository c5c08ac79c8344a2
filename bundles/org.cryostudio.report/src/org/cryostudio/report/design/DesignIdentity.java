package org.cryostudio.report.design;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a report is a report of: the spec file, the SHA-256 of its bytes (a reviewer can check
 * that the archived design is the one reported), its git revision and state, the tool that made
 * the report and when.
 *
 * @param file        the spec as the user named it
 * @param sha256      hex SHA-256 of the file's content
 * @param git         version-control state
 * @param toolVersion e.g. "0.1.0.202611211200"
 * @param date        when the report was made
 */
public record DesignIdentity(String file, String sha256, GitState git, String toolVersion, ZonedDateTime date) {

	public DesignIdentity {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(sha256, "sha256");
		Objects.requireNonNull(git, "git");
		Objects.requireNonNull(toolVersion, "toolVersion");
		Objects.requireNonNull(date, "date");
	}

	/** @return the identity of a file on disk (git asked as a subprocess) */
	public static DesignIdentity of(Path file, byte[] content, Git git, String toolVersion, ZonedDateTime date) {
		return new DesignIdentity(file.toString(), sha256(content), git.state(file), toolVersion, date);
	}

	/** @return lower-case hex SHA-256 */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
