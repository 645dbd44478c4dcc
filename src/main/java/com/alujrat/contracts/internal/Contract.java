package com.alujrat.contracts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.alujrat.platform.Rejected;
import com.alujrat.shared.UserId;

/**
 * A contract and its milestones. It guards every step: only a funded milestone (or one sent back) is submitted,
 * only a submitted one approved or sent back, and nothing moves once the contract has ended. Ending early needs
 * both parties; funded milestones then wait for their refund.
 */
public record Contract(UUID id, UUID offerId, UUID projectId, UUID employerId, UUID freelancerId, String title,
		String terms, Status status, boolean employerEnds, boolean freelancerEnds, Instant createdAt,
		Instant endedAt, List<Milestone> milestones, Rules rules) {

	/**
	 * What kind of contract this is: from a bid (revisions unlimited, accepted for the employer 14 days after a
	 * submission) or from a service order (the package's revisions, 3 days).
	 */
	public record Rules(UUID orderId, Integer revisionsAllowed, int revisionsUsed, int autoApproveDays) {

		public static final Rules FROM_BID = new Rules(null, null, 0, 14);

		Rules revised() {
			return new Rules(orderId, revisionsAllowed, revisionsUsed + 1, autoApproveDays);
		}
	}

	public enum Status {
		ACTIVE, COMPLETED, CANCELLED
	}

	public record Milestone(UUID id, int position, String title, long amount, LocalDate dueDate, Step status,
			String note, Instant submittedAt, Instant decidedAt, boolean released) {

		Milestone to(Step next, String newNote, Instant submitted, Instant decided) {
			return new Milestone(id, position, title, amount, dueDate, next, newNote, submitted, decided, released);
		}

		boolean holdsEscrow() {
			return status == Step.FUNDED || status == Step.SUBMITTED || status == Step.CHANGES_REQUESTED;
		}
	}

	public enum Step {
		AWAITING_FUNDING, FUNDED, SUBMITTED, CHANGES_REQUESTED, APPROVED, REFUND_REQUESTED, REFUNDED, CANCELLED,
		DISPUTED, SPLIT;

		/** Nothing more happens to a milestone in this state. */
		boolean done() {
			return this == APPROVED || this == CANCELLED || this == REFUND_REQUESTED || this == REFUNDED || this == SPLIT;
		}
	}

	public boolean isEmployer(UserId user) {
		return employerId.equals(user.value());
	}

	public boolean isFreelancer(UserId user) {
		return freelancerId.equals(user.value());
	}

	public boolean between(UserId user) {
		return isEmployer(user) || isFreelancer(user);
	}

	public Milestone milestone(UUID milestoneId) {
		return milestones.stream()
			.filter(m -> m.id().equals(milestoneId))
			.findFirst()
			.orElseThrow(() -> new com.alujrat.platform.NotFound("No such milestone."));
	}

	/** Escrow holds the milestone's money now; a repeated notice changes nothing. */
	Contract funded(UUID milestoneId) {
		return milestone(milestoneId).status() == Step.AWAITING_FUNDING && status == Status.ACTIVE
				? with(milestoneId, m -> m.to(Step.FUNDED, m.note(), null, null)) : this;
	}

	Contract submitted(UUID milestoneId, String note, Instant now) {
		requireActive();
		Step step = milestone(milestoneId).status();
		if (step != Step.FUNDED && step != Step.CHANGES_REQUESTED) {
			throw Rejected.conflict("milestone.notFunded");
		}
		return with(milestoneId, m -> m.to(Step.SUBMITTED, note, now, null));
	}

	/** Approved; the contract completes when that was the last milestone still open. */
	Contract approved(UUID milestoneId, Instant now) {
		requireSubmitted(milestoneId);
		Contract next = with(milestoneId, m -> m.to(Step.APPROVED, m.note(), m.submittedAt(), now));
		return next.completedIfDone(now);
	}

	/** Money frozen: a funded, submitted or sent-back milestone waits for staff to decide. */
	Contract disputed(UUID milestoneId) {
		requireActive();
		if (!milestone(milestoneId).holdsEscrow()) {
			throw Rejected.conflict("dispute.notFunded");
		}
		return with(milestoneId, m -> m.to(Step.DISPUTED, m.note(), m.submittedAt(), m.decidedAt()));
	}

	/** Staff decided a dispute: the milestone is released, refunded or split, and may complete the contract. */
	Contract settled(UUID milestoneId, Step outcome, Instant now) {
		if (milestone(milestoneId).status() != Step.DISPUTED) {
			throw Rejected.conflict("dispute.notOpen");
		}
		return with(milestoneId, m -> m.to(outcome, m.note(), m.submittedAt(), now)).completedIfDone(now);
	}

	private Contract completedIfDone(Instant now) {
		boolean allDone = milestones.stream().allMatch(m -> m.status().done());
		return allDone && status == Status.ACTIVE ? ended(Status.COMPLETED, now) : this;
	}

	/** Sent back with what to change; an order's contract allows only its package's revisions. */
	Contract changesRequested(UUID milestoneId, String note, Instant now) {
		requireSubmitted(milestoneId);
		if (rules.revisionsAllowed() != null && rules.revisionsUsed() >= rules.revisionsAllowed()) {
			throw Rejected.conflict("milestone.noRevisionsLeft");
		}
		Contract sentBack = with(milestoneId, m -> m.to(Step.CHANGES_REQUESTED, note, m.submittedAt(), now));
		return new Contract(id, offerId, projectId, employerId, freelancerId, title, terms, status, employerEnds,
				freelancerEnds, createdAt, endedAt, sentBack.milestones, rules.revised());
	}

	/**
	 * One party asks to end the contract early. When both have, it is cancelled: milestones not yet funded are
	 * cancelled, funded ones wait for their refund.
	 */
	Contract endWishedBy(UserId party, Instant now) {
		requireActive();
		boolean byEmployer = employerEnds || isEmployer(party);
		boolean byFreelancer = freelancerEnds || isFreelancer(party);
		Contract next = new Contract(id, offerId, projectId, employerId, freelancerId, title, terms, status, byEmployer,
				byFreelancer, createdAt, endedAt, milestones, rules);
		if (!byEmployer || !byFreelancer) {
			return next;
		}
		List<Milestone> settled = milestones.stream()
			.map(m -> m.status() == Step.AWAITING_FUNDING ? m.to(Step.CANCELLED, m.note(), m.submittedAt(), now)
					: m.holdsEscrow() ? m.to(Step.REFUND_REQUESTED, m.note(), m.submittedAt(), now) : m)
			.toList();
		return new Contract(id, offerId, projectId, employerId, freelancerId, title, terms, Status.CANCELLED, true,
				true, createdAt, now, settled, rules);
	}

	/** Refunded after both ended the contract, or by staff under the refund policy while the milestone held escrow. */
	Contract refunded(UUID milestoneId, Instant now) {
		Milestone m = milestone(milestoneId);
		if (m.status() != Step.REFUND_REQUESTED && !m.holdsEscrow()) {
			return this;
		}
		return with(milestoneId, x -> x.to(Step.REFUNDED, x.note(), x.submittedAt(), now)).completedIfDone(now);
	}

	Contract released(UUID milestoneId) {
		return with(milestoneId, m -> new Milestone(m.id(), m.position(), m.title(), m.amount(), m.dueDate(),
				m.status(), m.note(), m.submittedAt(), m.decidedAt(), true));
	}

	private void requireActive() {
		if (status != Status.ACTIVE) {
			throw Rejected.conflict("contract.ended");
		}
	}

	private void requireSubmitted(UUID milestoneId) {
		requireActive();
		if (milestone(milestoneId).status() != Step.SUBMITTED) {
			throw Rejected.conflict("milestone.notSubmitted");
		}
	}

	private Contract ended(Status end, Instant now) {
		return new Contract(id, offerId, projectId, employerId, freelancerId, title, terms, end, employerEnds,
				freelancerEnds, createdAt, now, milestones, rules);
	}

	private Contract with(UUID milestoneId, UnaryOperator<Milestone> change) {
		List<Milestone> changed = milestones.stream().map(m -> m.id().equals(milestoneId) ? change.apply(m) : m).toList();
		return new Contract(id, offerId, projectId, employerId, freelancerId, title, terms, status, employerEnds,
				freelancerEnds, createdAt, endedAt, changed, rules);
	}
}
