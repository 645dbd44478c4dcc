package com.alujrat.contracts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.contracts.ContractEnded;
import com.alujrat.contracts.ContractId;
import com.alujrat.contracts.DisputeDecided;
import com.alujrat.contracts.DisputeOpened;
import com.alujrat.contracts.MilestoneId;
import com.alujrat.platform.Attachments;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.Money;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disputes: either party disputes a funded or submitted milestone with a reason and evidence, which freezes its
 * money; SUPPORT staff work the queue (every look logged with its purpose) and decide release, refund or split with
 * a reason both parties see.
 */
@Service
public class Disputes {

	public static final List<String> DECISIONS = List.of("RELEASE", "REFUND", "SPLIT");

	private final JdbcClient jdbc;

	private final ContractStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Attachments attachments;

	Disputes(JdbcClient jdbc, ContractStore store, ApplicationEventPublisher events, Clock clock,
			Attachments attachments) {
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	public record Dispute(UUID id, UUID contractId, UUID milestoneId, UUID openedBy, String reason, String evidence,
			String status, String decision, Long freelancerShare, String decisionReason, Instant openedAt,
			Instant decidedAt) {
	}

	@Transactional
	public UUID open(UUID contractId, UUID milestoneId, UserId party, String reason, String evidence) {
		String why = reason == null ? "" : reason.strip();
		if (why.length() < 10 || why.length() > 5_000) {
			throw new ContractRejected("reason", "dispute.reason.invalid");
		}
		String shown = evidence == null ? "" : evidence.strip();
		if (shown.length() > 10_000) {
			throw new ContractRejected("evidence", "dispute.evidence.tooLong");
		}
		Contract contract = store.lock(contractId).filter(c -> c.between(party)).orElseThrow(Disputes::noContract);
		Contract.Step before = contract.milestone(milestoneId).status();
		store.update(contract.disputed(milestoneId));
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into contracts.disputes (id, contract_id, milestone_id, opened_by, reason, evidence,
					    previous_status, status, opened_at)
					values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
				.params(id, contractId, milestoneId, party.value(), why, shown, before.name(),
						Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException open) {
			throw Rejected.conflict("dispute.notFunded");
		}
		UserId other = contract.isEmployer(party) ? new UserId(contract.freelancerId()) : new UserId(contract.employerId());
		events.publishEvent(new DisputeOpened(id, new ContractId(contractId), new MilestoneId(milestoneId), party, other));
		return id;
	}

	/** Either party adds a file of evidence to an open dispute on their contract (up to 10). */
	@Transactional
	public Attachments.Attachment attach(UUID id, UserId party, String filename, byte[] content) {
		Dispute dispute = find(id).filter(d -> "OPEN".equals(d.status()))
			.filter(d -> store.find(d.contractId()).filter(c -> c.between(party)).isPresent())
			.orElseThrow(() -> new NotFound("No such dispute."));
		if (attachments.count("dispute", dispute.id()) >= 10) {
			throw new ContractRejected("file", "attachment.tooMany", 10);
		}
		return attachments.add("dispute", dispute.id(), party.value(), "file", filename, content);
	}

	/** A file of evidence, for the contract's parties and for SUPPORT staff (each staff look logged). */
	@Transactional
	public Attachments.File evidence(UUID id, SignedInUser user, UUID fileId) {
		Dispute dispute = find(id).orElseThrow(() -> new NotFound("No such dispute."));
		boolean party = store.find(dispute.contractId()).filter(c -> c.between(user.id())).isPresent();
		if (!party && !user.actsAsStaff("SUPPORT")) {
			throw new NotFound("No such dispute.");
		}
		if (!party) {
			jdbc.sql("insert into contracts.staff_views (dispute_id, viewer_id, purpose) values (?, ?, 'DISPUTE')")
				.params(id, user.id().value())
				.update();
		}
		return attachments.read("dispute", id, fileId).orElseThrow(() -> new NotFound("No such file."));
	}

	public List<Attachments.Attachment> evidenceFiles(UUID id) {
		return attachments.of("dispute", id);
	}

	private Optional<Dispute> find(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(Disputes::dispute).optional();
	}

	/** The disputes on a contract, for its parties. */
	public List<Dispute> on(UUID contractId) {
		return jdbc.sql(SELECT + " where contract_id = ? order by opened_at").param(contractId).query(Disputes::dispute).list();
	}

	/** An open dispute in the queue: nothing of its content until a staff member opens it with a purpose. */
	public record Queued(UUID id, Instant openedAt) {
	}

	/** Why staff may open a dispute; each look is logged with it. */
	public static final List<String> STAFF_PURPOSES = List.of("DISPUTE", "SUPPORT_REQUEST", "FRAUD_CHECK",
			"LEGAL_REQUEST");

	/** The open disputes, oldest first. */
	public List<Queued> queue() {
		return jdbc.sql("select id, opened_at from contracts.disputes where status = 'OPEN' order by opened_at limit 100")
			.query((rs, n) -> new Queued(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
			.list();
	}

	/** A dispute as staff see it when they name one of {@link #STAFF_PURPOSES}; the look is logged with it. */
	@Transactional
	public Optional<Dispute> seenByStaff(UUID id, UserId staff, String purpose) {
		if (purpose == null || !STAFF_PURPOSES.contains(purpose)) {
			return Optional.empty();
		}
		Optional<Dispute> dispute = jdbc.sql(SELECT + " where id = ?").param(id).query(Disputes::dispute).optional();
		dispute.ifPresent(d -> jdbc.sql("insert into contracts.staff_views (dispute_id, viewer_id, purpose) values (?, ?, ?)")
			.params(id, staff.value(), purpose)
			.update());
		return dispute;
	}

	/** SUPPORT decides: release all, refund all, or split with {@code freelancerShare} paisa to the freelancer. */
	@Transactional
	public void decide(UUID id, UserId staff, String decision, Long freelancerShare, String reason) {
		Dispute dispute = jdbc.sql(SELECT + " where id = ? for update").param(id).query(Disputes::dispute).optional()
			.orElseThrow(() -> new NotFound("No such dispute."));
		if (!"OPEN".equals(dispute.status())) {
			throw Rejected.conflict("dispute.notOpen");
		}
		if (decision == null || !DECISIONS.contains(decision)) {
			throw new ContractRejected("decision", "dispute.decision.invalid");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 5_000) {
			throw new ContractRejected("reason", "dispute.decisionReason.invalid");
		}
		Contract contract = store.lock(dispute.contractId()).orElseThrow();
		long amount = contract.milestone(dispute.milestoneId()).amount();
		long toFreelancer = switch (decision) {
			case "RELEASE" -> amount;
			case "REFUND" -> 0;
			default -> {
				if (freelancerShare == null || freelancerShare <= 0 || freelancerShare >= amount) {
					throw new ContractRejected("freelancerShare", "dispute.share.invalid");
				}
				yield freelancerShare;
			}
		};
		Contract.Step outcome = switch (decision) {
			case "RELEASE" -> Contract.Step.APPROVED;
			case "REFUND" -> Contract.Step.REFUND_REQUESTED;
			default -> Contract.Step.SPLIT;
		};
		Instant now = clock.instant();
		Contract settled = contract.settled(dispute.milestoneId(), outcome, now);
		store.update(settled);
		if (settled.status() != contract.status()) {
			events.publishEvent(new ContractEnded(new ContractId(contract.id()), new UserId(contract.employerId()),
					new UserId(contract.freelancerId()), true));
		}
		jdbc.sql("""
				update contracts.disputes set status = 'DECIDED', decision = ?, freelancer_share = ?, decision_reason = ?,
				    decided_by = ?, decided_at = ? where id = ?""")
			.params(decision, toFreelancer, why, staff.value(), Timestamp.from(now), id)
			.update();
		events.publishEvent(new DisputeDecided(id, new ContractId(contract.id()), new MilestoneId(dispute.milestoneId()),
				new UserId(contract.employerId()), new UserId(contract.freelancerId()), decision, new Money(toFreelancer),
				new Money(amount - toFreelancer), why));
	}

	private static final String SELECT = """
			select id, contract_id, milestone_id, opened_by, reason, evidence, status, decision, freelancer_share,
			    decision_reason, opened_at, decided_at from contracts.disputes""";

	private static Dispute dispute(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long share = rs.getLong("freelancer_share");
		Long freelancerShare = rs.wasNull() ? null : share;
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Dispute(rs.getObject("id", UUID.class), rs.getObject("contract_id", UUID.class),
				rs.getObject("milestone_id", UUID.class), rs.getObject("opened_by", UUID.class), rs.getString("reason"),
				rs.getString("evidence"), rs.getString("status"), rs.getString("decision"), freelancerShare,
				rs.getString("decision_reason"), rs.getTimestamp("opened_at").toInstant(),
				decided == null ? null : decided.toInstant());
	}

	private static NotFound noContract() {
		return new NotFound("No such contract.");
	}
}
