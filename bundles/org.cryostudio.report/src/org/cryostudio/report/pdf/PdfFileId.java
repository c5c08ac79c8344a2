package org.cryostudio.report.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Replaces the file identifier OpenPDF writes into the trailer (derived from the clock) by one
 * derived from the file's content, so that the same report gives the same bytes. The identifier
 * has the same length, so no cross-reference offset moves.
 */
final class PdfFileId {

	private static final byte[] MARKER = "/ID [<".getBytes(StandardCharsets.US_ASCII);

	private PdfFileId() {
	}

	/** @return the file with both trailer identifiers set to a digest of the rest of the file */
	static byte[] deterministic(byte[] pdf) {
		int at = lastIndexOf(pdf, MARKER);
		if (at < 0) {
			return pdf;
		}
		int first = at + MARKER.length;
		int firstEnd = indexOf(pdf, (byte) '>', first);
		int second = indexOf(pdf, (byte) '<', firstEnd) + 1;
		int secondEnd = indexOf(pdf, (byte) '>', second);
		if (firstEnd < 0 || second <= 0 || secondEnd < 0 || firstEnd - first != secondEnd - second) {
			throw new IllegalStateException("unexpected PDF trailer identifier");
		}
		byte[] out = pdf.clone();
		for (int i = first; i < firstEnd; i++) {
			out[i] = '0';
		}
		for (int i = second; i < secondEnd; i++) {
			out[i] = '0';
		}
		String hex = HexFormat.of().withUpperCase().formatHex(sha256(out));
		for (int i = 0; i < firstEnd - first; i++) {
			byte digit = (byte) hex.charAt(i % hex.length());
			out[first + i] = digit;
			out[second + i] = digit;
		}
		return out;
	}

	private static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static int lastIndexOf(byte[] data, byte[] pattern) {
		outer: for (int i = data.length - pattern.length; i >= 0; i--) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static int indexOf(byte[] data, byte b, int from) {
		for (int i = Math.max(0, from); i < data.length; i++) {
			if (data[i] == b) {
				return i;
			}
		}
		return -1;
	}
}
