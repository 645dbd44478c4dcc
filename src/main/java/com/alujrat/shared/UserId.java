package com.alujrat.shared;

import java.io.Serializable;
import java.util.UUID;

/** Identifies a user account across modules; other modules keep this, never the account itself. */
public record UserId(UUID value) implements Serializable {

	public UserId {
		if (value == null) {
			throw new IllegalArgumentException("user id must not be null");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
