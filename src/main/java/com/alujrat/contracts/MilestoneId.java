package com.alujrat.contracts;

import java.util.UUID;

public record MilestoneId(UUID value) {

	public MilestoneId {
		if (value == null) {
			throw new IllegalArgumentException("milestone id must not be null");
		}
	}
}
