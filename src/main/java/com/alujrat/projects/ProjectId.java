package com.alujrat.projects;

import java.util.UUID;

public record ProjectId(UUID value) {

	public ProjectId {
		if (value == null) {
			throw new IllegalArgumentException("project id must not be null");
		}
	}
}
