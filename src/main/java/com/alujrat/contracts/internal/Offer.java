package com.alujrat.contracts.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.alujrat.shared.UserId;

/** An offer. Pending until its freelancer accepts or declines or its employer withdraws; expired after its date. */
public record Offer(UUID id, UUID bidId, UUID projectId, UUID employerId, UUID freelancerId, String title,
		String terms, long total, Status status, Instant createdAt, Instant expiresAt, Instant decidedAt,
		List<OfferTerms.Step> milestones) {

	public enum Status {
		PENDING, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED
	}

	/** The status as people see it now: a pending offer past its date has expired. */
	public Status statusAt(Instant now) {
		return status == Status.PENDING && !now.isBefore(expiresAt) ? Status.EXPIRED : status;
	}

	public boolean between(UserId user) {
		return employerId.equals(user.value()) || freelancerId.equals(user.value());
	}
}
