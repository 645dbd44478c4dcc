package com.alujrat.messaging;

import java.util.UUID;

public record ConversationId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
