package com.alujrat.billing.internal;

import java.util.List;
import java.util.Map;

import com.alujrat.platform.DataRows;
import com.alujrat.platform.PersonalData;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Plans the user subscribed to, and what they paid for plans and posting fees. */
@Component
class SubscriptionRecords implements PersonalData {

	private final JdbcClient jdbc;

	SubscriptionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String category() {
		return "subscriptions";
	}

	@Override
	public String description() {
		return "Your plan subscriptions and the plan and posting-fee payments (amounts in paisa).";
	}

	@Override
	public long count(UserId user) {
		return DataRows.count(jdbc, "select count(*) from billing.subscriptions where user_id = ?", user.value());
	}

	@Override
	public String correctionPath() {
		return "/plans";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		List<Map<String, Object>> rows = DataRows.records("subscription", jdbc, """
				select plan_id, period, status, current_period_end, cancel_at_period_end, created_at
				from billing.subscriptions where user_id = ? order by created_at""", user.value());
		rows.addAll(DataRows.records("payment", jdbc, """
				select subscription_id, project_id, amount, paid_at from billing.payments where user_id = ? order by paid_at""",
				user.value()));
		return rows;
	}
}
