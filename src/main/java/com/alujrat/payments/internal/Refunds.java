package com.alujrat.payments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.payments.internal.Ledger.Leg;
import com.alujrat.payments.internal.Ledger.Posting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money on its way back to an employer: first owed (moved to the refunds account), then sent back through the
 * gateway it came from. The sandbox refunds at once; for JazzCash and Easypaisa FINANCE refunds in the merchant
 * portal and records the gateway's reference here.
 */
@Component
public class Refunds {

	private final JdbcClient jdbc;

	private final Ledger ledger;

	private final Gateways gateways;

	private final CheckoutStore checkouts;

	private final Clock clock;

	Refunds(JdbcClient jdbc, Ledger ledger, Gateways gateways, CheckoutStore checkouts, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.gateways = gateways;
		this.checkouts = checkouts;
		this.clock = clock;
	}

	public record Refund(UUID id, UUID checkoutId, String checkoutRef, Gateway gateway, UUID milestoneId,
			UUID employerId, long amount, String reason, String status, String gatewayRef, Instant createdAt,
			Instant sentAt) {
	}

	/** Posts {@code owed} (money into the refunds account), owes it to the payer of {@code checkout}, sends it if it can. */
	@Transactional(propagation = Propagation.MANDATORY)
	UUID open(Checkout checkout, Posting owed, long paisa, String reason, UUID staff) {
		UUID id = UUID.randomUUID();
		ledger.post(owed);
		jdbc.sql("""
				insert into payments.refunds (id, checkout_id, milestone_id, employer_id, amount, reason, status,
				    requested_by, created_at) values (?, ?, ?, ?, ?, ?, 'AWAITING_GATEWAY', ?, ?)""")
			.params(id, checkout.id(), owed.milestoneId(), checkout.payerId(), paisa, reason, staff,
					Timestamp.from(clock.instant()))
			.update();
		PaymentGateway.RefundResult result = gateways.of(checkout.gateway()).refund(checkout, paisa);
		if (result.sent()) {
			sent(id, checkout, paisa, result.reference());
		}
		return id;
	}

	/** FINANCE made a JazzCash or Easypaisa refund in the merchant portal; {@code reference} is the gateway's. */
	@Transactional
	public void markSent(UUID id, String reference) {
		if (reference == null || reference.isBlank() || reference.length() > 100) {
			throw new Rejected("reference", "refund.reference.required");
		}
		Refund refund = jdbc.sql(SELECT + " where r.id = ? for update of r").param(id).query(Refunds::map).optional()
			.orElseThrow(() -> new NotFound("No such refund."));
		if (!"AWAITING_GATEWAY".equals(refund.status())) {
			throw Rejected.conflict("refund.alreadySent");
		}
		sent(id, checkouts.find(refund.checkoutId()).orElseThrow(), refund.amount(), reference.strip());
	}

	public List<Refund> recent(boolean waitingOnly) {
		return jdbc.sql(SELECT + (waitingOnly ? " where r.status = 'AWAITING_GATEWAY'" : "")
				+ " order by r.created_at desc limit 200")
			.query(Refunds::map)
			.list();
	}

	private void sent(UUID id, Checkout checkout, long paisa, String reference) {
		ledger.post(Posting.of("REFUND_SENT", "Refund sent through " + checkout.gateway().name(),
				List.of(Leg.debit(LedgerAccount.refunds(), paisa),
						Leg.credit(LedgerAccount.clearing(checkout.gateway().name()), paisa)))
			.forCheckout(checkout.id()));
		jdbc.sql("update payments.refunds set status = 'SENT', gateway_ref = ?, sent_at = ? where id = ?")
			.params(reference, Timestamp.from(clock.instant()), id)
			.update();
	}

	private static final String SELECT = """
			select r.id, r.checkout_id, c.ref, c.gateway, r.milestone_id, r.employer_id, r.amount, r.reason, r.status,
			    r.gateway_ref, r.created_at, r.sent_at
			from payments.refunds r join payments.checkouts c on c.id = r.checkout_id""";

	private static Refund map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new Refund(rs.getObject("id", UUID.class), rs.getObject("checkout_id", UUID.class), rs.getString("ref"),
				Gateway.valueOf(rs.getString("gateway")), rs.getObject("milestone_id", UUID.class),
				rs.getObject("employer_id", UUID.class), rs.getLong("amount"), rs.getString("reason"),
				rs.getString("status"), rs.getString("gateway_ref"), rs.getTimestamp("created_at").toInstant(),
				sent == null ? null : sent.toInstant());
	}
}
