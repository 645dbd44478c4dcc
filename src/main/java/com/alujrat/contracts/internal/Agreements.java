package com.alujrat.contracts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.alujrat.catalog.OrderPlaced;
import com.alujrat.contracts.ContractEnded;
import com.alujrat.contracts.ContractId;
import com.alujrat.contracts.ContractStarted;
import com.alujrat.contracts.MilestoneApproved;
import com.alujrat.contracts.MilestoneId;
import com.alujrat.contracts.MilestoneSubmitted;
import com.alujrat.contracts.RefundRequested;
import com.alujrat.platform.Attachments;
import com.alujrat.platform.Keyset;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.web.Ui;
import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running contracts: the freelancer submits a funded milestone, the employer approves it or asks for changes (a
 * submission nobody answers is approved after 14 days), both parties may agree to end early. Escrow notices from
 * {@code payments} fund, release and refund milestones.
 */
@Service
public class Agreements {

	private final ContractStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Attachments attachments;

	Agreements(ContractStore store, ApplicationEventPublisher events, Clock clock, Attachments attachments) {
		this.attachments = attachments;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	public record Page(List<Contract> items, String next) {
	}

	public java.util.Optional<UUID> ofOrder(UUID order) {
		return store.ofOrder(order);
	}

	public boolean paidBetween(UUID one, UUID other) {
		return store.paidBetween(one, other);
	}

	public java.util.List<String> withEscrowHeld(UUID user) {
		return store.withEscrowHeld(user);
	}

	public boolean inDispute(UUID contract) {
		return store.inDispute(contract);
	}

	/** The contract, for its two parties only. */
	public Contract seen(UUID id, UserId user) {
		return store.find(id).filter(c -> c.between(user)).orElseThrow(Agreements::notFound);
	}

	public java.util.Optional<Contract> find(UUID id) {
		return store.find(id);
	}

	/** Makes the contract for a service order: one milestone at the package's price, awaiting funding. */
	@Transactional
	public void startFromOrder(OrderPlaced order) {
		Contract.Milestone only = new Contract.Milestone(UUID.randomUUID(), 1, order.title(), order.price().paisa(),
				LocalDate.now(clock.withZone(Ui.KARACHI)).plusDays(order.deliveryDays()),
				Contract.Step.AWAITING_FUNDING, "", null, null, false);
		store.insert(new Contract(order.contract(), null, null, order.employer().value(), order.freelancer().value(),
				order.title(), order.requirements(), Contract.Status.ACTIVE, false, false, clock.instant(), null,
				List.of(only), new Contract.Rules(order.order(), order.revisions(), 0, 3)));
		events.publishEvent(new ContractStarted(new ContractId(order.contract()), order.employer(),
				order.freelancer()));
	}

	public Page of(UserId user, String after) {
		List<Contract> rows = store.of(user, Keyset.parse(after, "after"));
		boolean more = rows.size() > ContractStore.PAGE;
		List<Contract> shown = more ? rows.subList(0, ContractStore.PAGE) : rows;
		Contract last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		return new Page(shown, more ? new Keyset(last.createdAt(), last.id()).toString() : null);
	}

	@Transactional
	public void submit(UUID contractId, UUID milestoneId, UserId freelancer, String note) {
		String text = note == null ? "" : note.strip();
		if (text.isEmpty() || text.length() > 5_000) {
			throw new ContractRejected("note", "milestone.note.invalid");
		}
		Contract contract = change(contractId, c -> c.isFreelancer(freelancer),
				c -> c.submitted(milestoneId, text, clock.instant()));
		events.publishEvent(new MilestoneSubmitted(new ContractId(contractId), new MilestoneId(milestoneId),
				new UserId(contract.employerId())));
	}

	/** The freelancer attaches delivered work to a funded milestone of a running contract (up to 10 files). */
	@Transactional
	public Attachments.Attachment attach(UUID contractId, UUID milestoneId, UserId freelancer, String filename,
			byte[] content) {
		Contract contract = store.lock(contractId).filter(c -> c.isFreelancer(freelancer)).orElseThrow(Agreements::notFound);
		Contract.Step step = contract.milestone(milestoneId).status();
		if (contract.status() != Contract.Status.ACTIVE
				|| (step != Contract.Step.FUNDED && step != Contract.Step.CHANGES_REQUESTED && step != Contract.Step.SUBMITTED)) {
			throw Rejected.conflict("milestone.notFunded");
		}
		if (attachments.count("milestone", milestoneId) >= 10) {
			throw new ContractRejected("file", "attachment.tooMany", 10);
		}
		return attachments.add("milestone", milestoneId, freelancer.value(), "file", filename, content);
	}

	/** A delivered file, for the contract's two parties. */
	public Attachments.File file(UUID contractId, UUID milestoneId, UserId party, UUID fileId) {
		seen(contractId, party).milestone(milestoneId);
		return attachments.read("milestone", milestoneId, fileId).orElseThrow(() -> new NotFound("No such file."));
	}

	public List<Attachments.Attachment> files(UUID milestoneId) {
		return attachments.of("milestone", milestoneId);
	}

	@Transactional
	public void approve(UUID contractId, UUID milestoneId, UserId employer) {
		Contract before = store.lock(contractId).filter(c -> c.isEmployer(employer)).orElseThrow(Agreements::notFound);
		approve(before, milestoneId);
	}

	@Transactional
	public void requestChanges(UUID contractId, UUID milestoneId, UserId employer, String note) {
		String text = note == null ? "" : note.strip();
		if (text.isEmpty() || text.length() > 5_000) {
			throw new ContractRejected("note", "milestone.note.invalid");
		}
		change(contractId, c -> c.isEmployer(employer), c -> c.changesRequested(milestoneId, text, clock.instant()));
	}

	/** One party asks to end early; when both have, the contract is cancelled and funded milestones refunded. */
	@Transactional
	public void end(UUID contractId, UserId party) {
		Contract before = store.lock(contractId).filter(c -> c.between(party)).orElseThrow(Agreements::notFound);
		Contract after = before.endWishedBy(party, clock.instant());
		store.update(after);
		if (after.status() == Contract.Status.CANCELLED) {
			for (Contract.Milestone m : after.milestones()) {
				if (m.status() == Contract.Step.REFUND_REQUESTED) {
					events.publishEvent(new RefundRequested(new ContractId(contractId), new MilestoneId(m.id()),
							new UserId(after.employerId()), new Money(m.amount())));
				}
			}
			events.publishEvent(new ContractEnded(new ContractId(contractId), new UserId(after.employerId()),
					new UserId(after.freelancerId()), false));
		}
	}

	/** Funded; money that arrives for a milestone no longer waiting for it (the contract ended meanwhile) goes back. */
	@Transactional
	public void funded(UUID contractId, UUID milestoneId, Money amount) {
		store.lock(contractId).ifPresent(c -> {
			// Only a cancelled milestone gives money back: a replayed notice for a funded one must change nothing.
			if (c.milestone(milestoneId).status() == Contract.Step.CANCELLED) {
				events.publishEvent(new RefundRequested(new ContractId(contractId), new MilestoneId(milestoneId),
						new UserId(c.employerId()), amount));
				return;
			}
			store.update(c.funded(milestoneId));
		});
	}

	@Transactional
	public void released(UUID contractId, UUID milestoneId) {
		store.lock(contractId).ifPresent(c -> store.update(c.released(milestoneId)));
	}

	@Transactional
	public void refunded(UUID contractId, UUID milestoneId) {
		store.lock(contractId).ifPresent(c -> store.update(c.refunded(milestoneId, clock.instant())));
	}

	/**
	 * Approves, for their employers, the milestones submitted longer ago than their contract's acceptance period (14
	 * days; 3 for a service order) and not answered since.
	 */
	@Transactional
	public int approveOverdue() {
		Instant now = clock.instant();
		List<UUID> contracts = store.withOverdueSubmissions(now);
		for (UUID id : contracts) {
			Contract contract = store.lock(id).orElseThrow();
			Instant due = now.minus(Duration.ofDays(contract.rules().autoApproveDays()));
			for (Contract.Milestone m : contract.milestones()) {
				if (m.status() == Contract.Step.SUBMITTED && m.submittedAt().isBefore(due)) {
					contract = approve(contract, m.id());
				}
			}
		}
		return contracts.size();
	}

	private Contract approve(Contract before, UUID milestoneId) {
		Contract after = before.approved(milestoneId, clock.instant());
		store.update(after);
		Contract.Milestone approved = after.milestone(milestoneId);
		events.publishEvent(new MilestoneApproved(new ContractId(after.id()), new MilestoneId(milestoneId),
				new UserId(after.freelancerId()), new Money(approved.amount())));
		if (after.status() == Contract.Status.COMPLETED) {
			events.publishEvent(new ContractEnded(new ContractId(after.id()), new UserId(after.employerId()),
					new UserId(after.freelancerId()), true));
		}
		return after;
	}

	private Contract change(UUID contractId, java.util.function.Predicate<Contract> allowed,
			UnaryOperator<Contract> step) {
		Contract before = store.lock(contractId).filter(allowed).orElseThrow(Agreements::notFound);
		Contract after = step.apply(before);
		store.update(after);
		return after;
	}

	private static NotFound notFound() {
		return new NotFound("No such contract.");
	}
}
