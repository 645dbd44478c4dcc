package com.alujrat.payments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.payments.EscrowFunded;
import com.alujrat.payments.EscrowRefunded;
import com.alujrat.payments.EscrowReleased;
import com.alujrat.payments.Purpose;
import com.alujrat.payments.internal.Ledger.Leg;
import com.alujrat.payments.internal.Ledger.Posting;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each milestone's escrow: funded from a paid checkout, then released to the freelancer (less the platform fee,
 * pending until clearance), refunded to the employer, or split between them. Every move locks the milestone's
 * escrow row first, so a release and a refund racing on it are served one after the other and the second finds
 * nothing left. A move is refused before it writes anything, so a refusal leaves a caller's transaction usable
 * (contracts' listeners log a lost race and commit).
 */
@Component
public class EscrowBook {

	private final JdbcClient jdbc;

	private final Ledger ledger;

	private final Refunds refunds;

	private final CheckoutStore checkouts;

	private final ApplicationEventPublisher events;

	private final PaymentSettings settings;

	private final Clock clock;

	private final Sellers sellers;

	EscrowBook(JdbcClient jdbc, Ledger ledger, Refunds refunds, CheckoutStore checkouts,
			ApplicationEventPublisher events, PaymentSettings settings, Clock clock, Sellers sellers) {
		this.sellers = sellers;
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.refunds = refunds;
		this.checkouts = checkouts;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/** What a milestone's escrow received and gave out, in paisa. */
	public record Held(UUID milestoneId, UUID contractId, UUID employerId, UUID checkoutId, long funded,
			long released, long refunded) {

		public long remaining() {
			return funded - released - refunded;
		}
	}

	/** A paid milestone checkout: the money moves from the gateway's clearing account into the contract's escrow. */
	@Transactional(propagation = Propagation.MANDATORY)
	void fund(Checkout checkout) {
		int created = jdbc.sql("""
				insert into payments.escrows (milestone_id, contract_id, employer_id, checkout_id, funded)
				values (?, ?, ?, ?, ?) on conflict (milestone_id) do nothing""")
			.params(checkout.referenceId(), checkout.contractId(), checkout.payerId(), checkout.id(), checkout.amount())
			.update();
		LedgerAccount clearing = LedgerAccount.clearing(checkout.gateway().name());
		if (created == 0) {
			// Paid twice (two tabs, say): the second payment goes straight back.
			refunds.open(checkout, Posting.of("REFUND", "Milestone paid twice",
					List.of(Leg.debit(clearing, checkout.amount()), Leg.credit(LedgerAccount.refunds(), checkout.amount())))
				.forCheckout(checkout.id()), checkout.amount(), "PAID_TWICE", null);
			return;
		}
		ledger.post(Posting.of("FUNDING", checkout.description(),
				List.of(Leg.debit(clearing, checkout.amount()),
						Leg.credit(LedgerAccount.escrow(checkout.contractId()), checkout.amount())))
			.forMilestone(checkout.contractId(), checkout.referenceId())
			.forCheckout(checkout.id()));
		events.publishEvent(new EscrowFunded(checkout.contractId(), checkout.referenceId(), new Money(checkout.amount())));
	}

	/** Everything left in the milestone's escrow goes to the freelancer, less the platform fee. */
	@Transactional(noRollbackFor = Rejected.class)
	public void release(UUID contract, UUID milestone, UserId freelancer) {
		Held held = lockFor(contract, milestone);
		long net = pay(held, freelancer, held.remaining(), "Milestone released");
		events.publishEvent(new EscrowReleased(contract, milestone, new Money(net)));
	}

	/** Everything left in the milestone's escrow goes back to the employer through the gateway it came from. */
	@Transactional(noRollbackFor = Rejected.class)
	public void refund(UUID contract, UUID milestone, String reason, UserId staff) {
		Held held = lockFor(contract, milestone);
		long amount = held.remaining();
		giveBack(held, amount, reason, staff);
		events.publishEvent(new EscrowRefunded(contract, milestone, new Money(amount)));
	}

	/** A dispute decided: {@code toFreelancer} released, {@code toEmployer} refunded; together all that is left. */
	@Transactional(noRollbackFor = Rejected.class)
	public void split(UUID contract, UUID milestone, UserId freelancer, long toFreelancer, long toEmployer,
			String reason) {
		Held held = lockFor(contract, milestone);
		if (toFreelancer < 0 || toEmployer < 0 || toFreelancer + toEmployer != held.remaining()) {
			throw Rejected.conflict("escrow.splitMismatch");
		}
		if (toFreelancer > 0) {
			long net = pay(held, freelancer, toFreelancer, reason);
			events.publishEvent(new EscrowReleased(contract, milestone, new Money(net)));
		}
		if (toEmployer > 0) {
			giveBack(held, toEmployer, reason, null);
			events.publishEvent(new EscrowRefunded(contract, milestone, new Money(toEmployer)));
		}
	}

	/** A ledger transaction that moved a dispute's escrow, for the staff page of dispute money moves. */
	public record Move(long number, String kind, String memo, java.time.Instant at, UUID contractId, UUID milestoneId,
			long amount) {
	}

	public List<Move> disputeMoves() {
		return jdbc.sql("""
				select t.number, t.kind, t.memo, t.posted_at, t.contract_id, t.milestone_id,
				    (select sum(e.amount) from payments.entries e where e.transaction_id = t.id and e.amount > 0) as amount
				from payments.transactions t
				where t.kind in ('RELEASE', 'REFUND') and t.memo like 'DISPUTE:%'
				order by t.number desc limit 100""")
			.query((rs, n) -> new Move(rs.getLong("number"), rs.getString("kind"), rs.getString("memo"),
					rs.getTimestamp("posted_at").toInstant(), rs.getObject("contract_id", UUID.class),
					rs.getObject("milestone_id", UUID.class), rs.getLong("amount")))
			.list();
	}

	/** FINANCE refunds a milestone's escrow under the Refund & Return Policy. */
	@Transactional
	public UUID refundByStaff(UUID milestone, String reason, UserId staff) {
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new Rejected("reason", "refund.reason.required");
		}
		Held held = of(milestone).orElseThrow(() -> new Rejected("milestoneId", "refund.milestone.notFunded"));
		if (!sellers.refundableByStaff(Purpose.MILESTONE, milestone)) {
			throw Rejected.conflict("refund.milestone.disputed");
		}
		refund(held.contractId(), milestone, "POLICY: " + reason.strip(), staff);
		return held.contractId();
	}

	public Optional<Held> of(UUID milestone) {
		return jdbc.sql(SELECT + " where milestone_id = ?").param(milestone).query(EscrowBook::map).optional();
	}

	private Held lockFor(UUID contract, UUID milestone) {
		Held held = jdbc.sql(SELECT + " where milestone_id = ? and contract_id = ? for update")
			.params(milestone, contract)
			.query(EscrowBook::map)
			.optional()
			.orElseThrow(() -> Rejected.conflict("escrow.notFunded"));
		if (held.remaining() == 0) {
			throw Rejected.conflict("escrow.settled");
		}
		return held;
	}

	private long pay(Held held, UserId freelancer, long gross, String memo) {
		long fee = Math.floorDiv(Math.multiplyExact(gross, (long) settings.feePercent()) + 50, 100);
		long net = gross - fee;
		UUID txn = ledger.post(Posting.of("RELEASE", memo,
				List.of(Leg.debit(LedgerAccount.escrow(held.contractId()), gross),
						Leg.credit(LedgerAccount.pending(freelancer.value()), net),
						Leg.credit(LedgerAccount.revenue(), fee)))
			.forMilestone(held.contractId(), held.milestoneId()));
		if (net > 0) {
			jdbc.sql("insert into payments.clearances (transaction_id, user_id, amount, available_at) values (?, ?, ?, ?)")
				.params(txn, freelancer.value(), net,
						Timestamp.from(clock.instant().plus(Duration.ofDays(settings.clearanceDays()))))
				.update();
		}
		jdbc.sql("update payments.escrows set released = released + ? where milestone_id = ?")
			.params(gross, held.milestoneId())
			.update();
		return net;
	}

	private void giveBack(Held held, long amount, String reason, UserId staff) {
		Checkout checkout = checkouts.find(held.checkoutId()).orElseThrow();
		refunds.open(checkout, Posting.of("REFUND", reason,
				List.of(Leg.debit(LedgerAccount.escrow(held.contractId()), amount),
						Leg.credit(LedgerAccount.refunds(), amount)))
			.forMilestone(held.contractId(), held.milestoneId())
			.forCheckout(checkout.id()), amount, reason, staff == null ? null : staff.value());
		jdbc.sql("update payments.escrows set refunded = refunded + ? where milestone_id = ?")
			.params(amount, held.milestoneId())
			.update();
	}

	private static final String SELECT = """
			select milestone_id, contract_id, employer_id, checkout_id, funded, released, refunded from payments.escrows""";

	private static Held map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Held(rs.getObject("milestone_id", UUID.class), rs.getObject("contract_id", UUID.class),
				rs.getObject("employer_id", UUID.class), rs.getObject("checkout_id", UUID.class), rs.getLong("funded"),
				rs.getLong("released"), rs.getLong("refunded"));
	}
}
