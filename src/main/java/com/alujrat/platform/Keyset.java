package com.alujrat.platform;

import java.time.Instant;
import java.util.UUID;

/**
 * A keyset cursor for lists ordered by time then id, newest first: "{@code 2026-11-28T10:00:00Z_<uuid>}". Lists
 * hand it out as {@code next} and take it back as {@code after}; a cursor that does not parse is refused on that
 * field.
 */
public record Keyset(Instant at, UUID id) {

	/** The cursor, or null for the first page when there is none; refused on {@code field} when malformed. */
	public static Keyset parse(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			String[] parts = text.split("_", 2);
			return new Keyset(Instant.parse(parts[0]), UUID.fromString(parts[1]));
		}
		catch (RuntimeException ex) {
			throw new Rejected(field, "list.cursor.invalid");
		}
	}

	@Override
	public String toString() {
		return at + "_" + id;
	}

	public java.sql.Timestamp timestamp() {
		return java.sql.Timestamp.from(at);
	}
}
