package com.alujrat.contracts;

import java.util.UUID;

public record OfferId(UUID value) {

	public OfferId {
		if (value == null) {
			throw new IllegalArgumentException("offer id must not be null");
		}
	}
}
