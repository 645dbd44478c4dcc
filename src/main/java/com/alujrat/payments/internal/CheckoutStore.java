package com.alujrat.payments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.payments.Purpose;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Checkouts in {@code payments.checkouts}. */
@Component
public class CheckoutStore {

	private static final String COLUMNS = """
			id, ref, purpose, reference_id, payer_id, amount, currency, description, contract_id, gateway, status,
			gateway_txn, created_at, expires_at, settled_at, receipt_no""";

	private final JdbcClient jdbc;

	CheckoutStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Checkout c) {
		jdbc.sql("insert into payments.checkouts (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(c.id(), c.ref(), c.purpose().name(), c.referenceId(), c.payerId(), c.amount(), c.currency(),
					c.description(), c.contractId(), c.gateway().name(), c.status().name(), c.gatewayTxn(),
					Timestamp.from(c.createdAt()), Timestamp.from(c.expiresAt()), null, null)
			.update();
	}

	String nextRef() {
		long n = jdbc.sql("select nextval('payments.checkout_refs')").query(Long.class).single();
		return "AU" + String.format(java.util.Locale.ROOT, "%012d", n);
	}

	public Optional<Checkout> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from payments.checkouts where id = ?").param(id).query(this::map).optional();
	}

	public Optional<Checkout> byRef(String ref) {
		return jdbc.sql("select " + COLUMNS + " from payments.checkouts where ref = ?").param(ref).query(this::map).optional();
	}

	boolean anyPaid(Purpose purpose, UUID referenceId) {
		return jdbc.sql("""
				select exists (select 1 from payments.checkouts where purpose = ? and reference_id = ? and status = 'PAID')""")
			.params(purpose.name(), referenceId)
			.query(Boolean.class)
			.single();
	}

	/** The payer's latest checkout for this purpose and reference that is still open. */
	Optional<Checkout> latestOpen(Purpose purpose, UUID referenceId, UUID payer) {
		return jdbc.sql("select " + COLUMNS + """
				 from payments.checkouts where purpose = ? and reference_id = ? and payer_id = ? and status = 'PENDING'
				order by created_at desc limit 1""")
			.params(purpose.name(), referenceId, payer)
			.query(this::map)
			.optional();
	}

	Optional<Checkout> lockByRef(String ref) {
		return jdbc.sql("select " + COLUMNS + " from payments.checkouts where ref = ? for update")
			.param(ref)
			.query(this::map)
			.optional();
	}

	void settle(UUID id, Checkout.Status status, String gatewayTxn, Instant at, boolean withReceipt) {
		jdbc.sql("""
				update payments.checkouts set status = ?, gateway_txn = coalesce(?, gateway_txn), settled_at = ?,
				    receipt_no = case when ? then nextval('payments.receipt_numbers') else receipt_no end
				where id = ?""")
			.params(status.name(), gatewayTxn, Timestamp.from(at), withReceipt, id)
			.update();
	}

	/** Marks open checkouts past their time EXPIRED; they stay open to a late confirmation. */
	int expire(Instant now) {
		return jdbc.sql("update payments.checkouts set status = 'EXPIRED' where status = 'PENDING' and expires_at < ?")
			.param(Timestamp.from(now))
			.update();
	}

	/** Checkouts that never heard back, for the gateway to be asked (a day at most). */
	List<Checkout> unanswered(Instant now) {
		return jdbc.sql("select " + COLUMNS + """
				 from payments.checkouts where status in ('PENDING', 'EXPIRED') and expires_at < ?
				and expires_at > ? order by expires_at limit 100""")
			.params(Timestamp.from(now), Timestamp.from(now.minus(java.time.Duration.ofDays(1))))
			.query(this::map)
			.list();
	}

	/** The payer's latest paid checkouts, newest first (their receipts). */
	public List<Checkout> paidBy(UUID payer, int limit) {
		return jdbc.sql("select " + COLUMNS + " from payments.checkouts where payer_id = ? and status = 'PAID' "
				+ "order by settled_at desc limit ?")
			.params(payer, limit)
			.query(this::map)
			.list();
	}

	private Checkout map(ResultSet rs, int row) throws SQLException {
		Timestamp settled = rs.getTimestamp("settled_at");
		Long receipt = rs.getObject("receipt_no", Long.class);
		return new Checkout(rs.getObject("id", UUID.class), rs.getString("ref"), Purpose.valueOf(rs.getString("purpose")),
				rs.getObject("reference_id", UUID.class), rs.getObject("payer_id", UUID.class), rs.getLong("amount"),
				rs.getString("currency"), rs.getString("description"), rs.getObject("contract_id", UUID.class),
				Gateway.valueOf(rs.getString("gateway")), Checkout.Status.valueOf(rs.getString("status")),
				rs.getString("gateway_txn"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), settled == null ? null : settled.toInstant(),
				receipt);
	}
}
