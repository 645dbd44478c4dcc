package com.alujrat.messaging.internal;

import java.time.Instant;
import java.util.UUID;

import com.alujrat.shared.UserId;

/** A conversation between one employer and one freelancer about one project, contract or order. */
public record Conversation(UUID id, UUID employerId, UUID freelancerId, Context context, UUID contextId, String title,
		Instant createdAt, Instant lastMessageAt) {

	public enum Context {
		PROJECT, CONTRACT, ORDER
	}

	public boolean between(UserId user) {
		return employerId.equals(user.value()) || freelancerId.equals(user.value());
	}

	public UserId other(UserId user) {
		return new UserId(employerId.equals(user.value()) ? freelancerId : employerId);
	}

	/** Where the conversation's subject lives on the platform. */
	public String contextPath() {
		return switch (context) {
			case PROJECT -> "/projects/" + contextId;
			case CONTRACT -> "/contracts/" + contextId;
			case ORDER -> "/contracts";
		};
	}
}
