package com.alujrat.payments.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.alujrat.payments.internal.Ledger.Leg;
import com.alujrat.payments.internal.Ledger.Posting;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.Ui;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's wallet: what is pending (released, waiting for clearance) and available (may be paid out), their
 * statement with a running balance, and the earnings per month for the chart. All of it read from the ledger.
 */
@Service
public class Wallets {

	private final JdbcClient jdbc;

	private final Ledger ledger;

	Wallets(JdbcClient jdbc, Ledger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	public record Balance(long pending, long available) {
	}

	/**
	 * One line of a statement: {@code amount} as the owner sees it (money in positive), {@code balance} that
	 * account's balance after it.
	 */
	public record Line(long id, Instant at, String kind, String memo, String account, long amount, long balance,
			long transactionNumber) {
	}

	public record Statement(List<Line> items, String next) {
	}

	public Balance balance(UserId user) {
		return new Balance(-ledger.balance(LedgerAccount.pending(user.value())),
				-ledger.balance(LedgerAccount.available(user.value())));
	}

	/** Newest first; {@code after} is the last line's id from the previous page. */
	public Statement statement(UserId user, String after, int limit) {
		long before = parse(after);
		List<Line> rows = jdbc.sql("""
				select * from (
				    select e.id, t.posted_at, t.kind, t.memo, a.kind as account, -e.amount as amount,
				        sum(-e.amount) over (partition by a.id order by e.id) as balance, t.number
				    from payments.entries e
				    join payments.accounts a on a.id = e.account_id
				    join payments.transactions t on t.id = e.transaction_id
				    where a.owner_id = ? and a.kind in ('WALLET_PENDING', 'WALLET_AVAILABLE')) lines
				where id < ? order by id desc limit ?""")
			.params(user.value(), before, limit + 1)
			.query((rs, n) -> new Line(rs.getLong("id"), rs.getTimestamp("posted_at").toInstant(), rs.getString("kind"),
					rs.getString("memo"), rs.getString("account").equals("WALLET_PENDING") ? "PENDING" : "AVAILABLE",
					rs.getLong("amount"), rs.getLong("balance"), rs.getLong("number")))
			.list();
		boolean more = rows.size() > limit;
		List<Line> shown = more ? rows.subList(0, limit) : rows;
		return new Statement(shown, more ? Long.toString(shown.get(shown.size() - 1).id()) : null);
	}

	/** Net earnings released to the freelancer per month (Pakistan time), the last twelve months, oldest first. */
	public Map<YearMonth, Long> earningsByMonth(UserId user, Instant now) {
		YearMonth current = YearMonth.from(LocalDate.ofInstant(now, Ui.KARACHI));
		Map<YearMonth, Long> months = new LinkedHashMap<>();
		for (int i = 11; i >= 0; i--) {
			months.put(current.minusMonths(i), 0L);
		}
		jdbc.sql("""
				select to_char(t.posted_at at time zone 'Asia/Karachi', 'YYYY-MM') as month, sum(-e.amount) as earned
				from payments.entries e
				join payments.accounts a on a.id = e.account_id
				join payments.transactions t on t.id = e.transaction_id
				where a.code = ? and t.kind = 'RELEASE' and t.posted_at >= ?
				group by 1""")
			.params(LedgerAccount.pending(user.value()).code(),
					Timestamp.from(current.minusMonths(11).atDay(1).atStartOfDay(Ui.KARACHI).toInstant()))
			.query((rs, n) -> Map.entry(YearMonth.parse(rs.getString("month")), rs.getLong("earned")))
			.list()
			.forEach(e -> months.computeIfPresent(e.getKey(), (k, v) -> e.getValue()));
		return months;
	}

	/** Moves releases whose clearance date has come from pending to available. */
	@Transactional
	public int clearDue(Instant asOf) {
		List<Map<String, Object>> due = jdbc.sql("""
				select transaction_id, user_id, amount from payments.clearances
				where cleared_at is null and available_at <= ? order by available_at limit 500 for update skip locked""")
			.param(Timestamp.from(asOf))
			.query()
			.listOfRows();
		List<UUID> cleared = new ArrayList<>();
		for (Map<String, Object> row : due) {
			UUID user = (UUID) row.get("user_id");
			long amount = ((Number) row.get("amount")).longValue();
			ledger.post(Posting.of("CLEARANCE", "Cleared for payout",
					List.of(Leg.debit(LedgerAccount.pending(user), amount),
							Leg.credit(LedgerAccount.available(user), amount))));
			cleared.add((UUID) row.get("transaction_id"));
		}
		for (UUID id : cleared) {
			jdbc.sql("update payments.clearances set cleared_at = ? where transaction_id = ?")
				.params(Timestamp.from(asOf), id)
				.update();
		}
		return cleared.size();
	}

	private static long parse(String after) {
		if (after == null || after.isBlank()) {
			return Long.MAX_VALUE;
		}
		try {
			return Long.parseLong(after);
		}
		catch (NumberFormatException ex) {
			throw new Rejected("after", "list.cursor.invalid");
		}
	}
}
