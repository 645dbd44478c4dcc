package com.alujrat.projects.internal;

import java.time.Instant;
import java.util.UUID;

import com.alujrat.platform.Rejected;

/**
 * A freelancer's bid on a project. It may be changed or withdrawn until its freelancer is hired; the employer
 * shortlists or declines it while it is active.
 */
public record Bid(UUID id, UUID projectId, UUID freelancerId, long amount, int deliveryDays, String coverLetter,
		Status status, Instant createdAt, Instant updatedAt) {

	public enum Status {
		ACTIVE, SHORTLISTED, DECLINED, WITHDRAWN, HIRED
	}

	/** The bid is still in the running: its freelancer may change it and its employer may hire. */
	public boolean live() {
		return status == Status.ACTIVE || status == Status.SHORTLISTED;
	}

	Bid changed(long newAmount, int newDays, String newLetter, Instant now) {
		requireLive();
		return new Bid(id, projectId, freelancerId, newAmount, newDays, newLetter, status, createdAt, now);
	}

	Bid withdrawn(Instant now) {
		requireLive();
		return withStatus(Status.WITHDRAWN, now);
	}

	Bid shortlisted(Instant now) {
		requireLive();
		return withStatus(Status.SHORTLISTED, now);
	}

	Bid declined(Instant now) {
		requireLive();
		return withStatus(Status.DECLINED, now);
	}

	Bid hired(Instant now) {
		requireLive();
		return withStatus(Status.HIRED, now);
	}

	private void requireLive() {
		if (!live()) {
			throw Rejected.conflict("bid.notLive");
		}
	}

	private Bid withStatus(Status next, Instant now) {
		return new Bid(id, projectId, freelancerId, amount, deliveryDays, coverLetter, next, createdAt, now);
	}
}
