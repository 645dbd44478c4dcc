package com.alujrat.projects;

import java.util.UUID;

public record BidId(UUID value) {

	public BidId {
		if (value == null) {
			throw new IllegalArgumentException("bid id must not be null");
		}
	}
}
