package com.alujrat.payments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.alujrat.accounts.Accounts;
import com.alujrat.accounts.StaffRole;
import com.alujrat.notifications.Notifications;
import com.alujrat.notifications.Topic;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Checks the ledger against itself and against every cached figure: each transaction sums to zero, no escrow is
 * below zero and each equals funded − released − refunded of its milestones, pending wallets equal the releases
 * still waiting for clearance, payouts in transit equal the open payouts, the refunds account equals the refunds
 * not yet sent. FINANCE staff are mailed when anything is off.
 */
@Service
public class Reconciliation {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Notifications mail;

	private final Clock clock;

	Reconciliation(JdbcClient jdbc, Accounts accounts, Notifications mail, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.mail = mail;
		this.clock = clock;
	}

	public record Report(UUID id, Instant ranAt, List<String> problems, long transactions, long entries) {

		public boolean clean() {
			return problems.isEmpty();
		}
	}

	public Report run() {
		List<String> problems = new ArrayList<>();
		check(problems, "Transaction does not sum to zero", """
				select transaction_id::text from payments.entries group by transaction_id having sum(amount) <> 0""");
		check(problems, "Transaction without entries", """
				select t.id::text from payments.transactions t
				where not exists (select 1 from payments.entries e where e.transaction_id = t.id)""");
		check(problems, "Escrow below zero", """
				select a.code from payments.accounts a join payments.entries e on e.account_id = a.id
				where a.kind = 'ESCROW' group by a.code having sum(e.amount) > 0""");
		check(problems, "Escrow differs from funded - released - refunded", """
				select coalesce(a.owner_id, s.contract_id)::text from
				    (select a.owner_id, -sum(e.amount) as held from payments.accounts a
				     join payments.entries e on e.account_id = a.id where a.kind = 'ESCROW' group by a.owner_id) a
				full join
				    (select contract_id, sum(funded - released - refunded) as held from payments.escrows group by contract_id) s
				on s.contract_id = a.owner_id
				where coalesce(a.held, 0) <> coalesce(s.held, 0)""");
		check(problems, "Pending wallet differs from releases awaiting clearance", """
				select coalesce(w.owner_id, c.user_id)::text from
				    (select a.owner_id, -sum(e.amount) as pending from payments.accounts a
				     join payments.entries e on e.account_id = a.id where a.kind = 'WALLET_PENDING' group by a.owner_id) w
				full join
				    (select user_id, sum(amount) as pending from payments.clearances where cleared_at is null group by user_id) c
				on c.user_id = w.owner_id
				where coalesce(w.pending, 0) <> coalesce(c.pending, 0)""");
		check(problems, "Wallet below zero", """
				select a.code from payments.accounts a join payments.entries e on e.account_id = a.id
				where a.kind in ('WALLET_PENDING', 'WALLET_AVAILABLE') group by a.code having sum(e.amount) > 0""");
		check(problems, "Payouts in transit differ from open payouts", """
				select 'payouts-in-transit' where
				    (select coalesce(-sum(e.amount), 0) from payments.entries e join payments.accounts a on a.id = e.account_id
				     where a.kind = 'PAYOUTS_IN_TRANSIT')
				    <> (select coalesce(sum(amount), 0) from payments.payouts where status = 'REQUESTED')""");
		check(problems, "Refunds account differs from refunds not yet sent", """
				select 'refunds' where
				    (select coalesce(-sum(e.amount), 0) from payments.entries e join payments.accounts a on a.id = e.account_id
				     where a.kind = 'REFUNDS')
				    <> (select coalesce(sum(amount), 0) from payments.refunds where status = 'AWAITING_GATEWAY')""");
		long transactions = jdbc.sql("select count(*) from payments.transactions").query(Long.class).single();
		long entries = jdbc.sql("select count(*) from payments.entries").query(Long.class).single();
		Report report = new Report(UUID.randomUUID(), clock.instant(), problems, transactions, entries);
		jdbc.sql("insert into payments.reconciliations (id, ran_at, problems, report) values (?, ?, ?, ?)")
			.params(report.id(), Timestamp.from(report.ranAt()), problems.size(), String.join("\n", problems))
			.update();
		if (!report.clean()) {
			accounts.staffWith(StaffRole.FINANCE)
				.forEach(staff -> mail.notify(staff, Topic.ACCOUNT, "reconciliationProblems", "/staff/payments/reconciliation",
						problems.size()));
		}
		return report;
	}

	/** A gateway answer that was refused: the checkout it names (when it names one), never the rest of its body. */
	public record RefusedCallback(long id, Instant receivedAt, String gateway, String reason, String checkoutRef) {
	}

	/**
	 * Callbacks refused in the last {@code days} days, newest first, for FINANCE to look at: a stale or reused answer
	 * may stand for money that did move (JazzCash has no inquiry here yet to ask again).
	 */
	public List<RefusedCallback> refusedCallbacks(int days) {
		return jdbc.sql("""
				select id, received_at, gateway, outcome, substring(body from 'AU[0-9]{12}') as ref
				from payments.callbacks
				where outcome not in ('RECEIVED', 'APPLIED', 'DUPLICATE', 'IGNORED') and received_at > ?
				order by id desc limit 100""")
			.param(Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(days))))
			.query((rs, n) -> new RefusedCallback(rs.getLong("id"), rs.getTimestamp("received_at").toInstant(),
					rs.getString("gateway"), rs.getString("outcome"), rs.getString("ref")))
			.list();
	}

	public List<Report> recent() {
		return jdbc.sql("select id, ran_at, problems, report from payments.reconciliations order by ran_at desc limit 30")
			.query((rs, n) -> new Report(rs.getObject("id", UUID.class), rs.getTimestamp("ran_at").toInstant(),
					rs.getString("report").isEmpty() ? List.of() : List.of(rs.getString("report").split("\n")), -1, -1))
			.list();
	}

	private void check(List<String> problems, String what, String sql) {
		jdbc.sql(sql + " limit 50").query(String.class).list().forEach(subject -> problems.add(what + ": " + subject));
	}
}
