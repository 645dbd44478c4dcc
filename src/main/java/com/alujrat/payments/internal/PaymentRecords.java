package com.alujrat.payments.internal;

import java.util.List;
import java.util.Map;

import com.alujrat.platform.DataRows;
import com.alujrat.platform.PersonalData;
import com.alujrat.platform.StaffAccess;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Money: checkouts paid, the wallet's statement, payout methods (only the hint of a number) and payouts. */
@Component
class PaymentRecords implements PersonalData, StaffAccess {

	private final JdbcClient jdbc;

	private final Wallets wallets;

	PaymentRecords(JdbcClient jdbc, Wallets wallets) {
		this.jdbc = jdbc;
		this.wallets = wallets;
	}

	@Override
	public String category() {
		return "payments";
	}

	@Override
	public String description() {
		return "Payments you made (amounts in paisa, gateway, receipt), your wallet statement, payout methods (last digits only) and payouts.";
	}

	@Override
	public long count(UserId user) {
		return DataRows.count(jdbc, """
				select (select count(*) from payments.checkouts where payer_id = ?)
				     + (select count(*) from payments.payouts where user_id = ?)
				     + (select count(*) from payments.payout_methods where user_id = ?)""",
				user.value(), user.value(), user.value());
	}

	@Override
	public String correctionPath() {
		return "/wallet";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		Object id = user.value();
		List<Map<String, Object>> rows = DataRows.records("checkout", jdbc, """
				select ref, purpose, amount, currency, description, gateway, status, created_at, settled_at, receipt_no
				from payments.checkouts where payer_id = ? order by created_at""", id);
		wallets.statement(user, null, 1000).items().forEach(line -> rows.add(new java.util.LinkedHashMap<>(Map.of(
				"record", "statementLine", "at", line.at().toString(), "kind", line.kind(), "memo", line.memo(),
				"account", line.account(), "amount", line.amount(), "balance", line.balance()))));
		rows.addAll(DataRows.records("payoutMethod", jdbc, """
				select kind, account_title, number_hint, created_at, removed_at from payments.payout_methods
				where user_id = ? order by created_at""", id));
		rows.addAll(DataRows.records("payout", jdbc, """
				select amount, status, requested_at, decided_at, reference, reason from payments.payouts
				where user_id = ? order by requested_at""", id));
		return rows;
	}

	@Override
	public List<Look> of(UserId user) {
		return jdbc.sql("select viewed_at, purpose from payments.staff_views where user_id = ? order by viewed_at desc")
			.param(user.value())
			.query((rs, n) -> new Look(rs.getTimestamp("viewed_at").toInstant(), "FINANCE", "access.what.payouts",
					rs.getString("purpose")))
			.list();
	}
}
