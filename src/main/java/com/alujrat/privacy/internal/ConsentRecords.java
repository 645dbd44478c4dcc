package com.alujrat.privacy.internal;

import java.util.List;
import java.util.Map;

import com.alujrat.platform.DataRows;
import com.alujrat.platform.PersonalData;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the user agreed to: cookie choices, the policy versions accepted at sign-up, acknowledgements, closures. */
@Component
class ConsentRecords implements PersonalData {

	private final JdbcClient jdbc;

	ConsentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String category() {
		return "consents";
	}

	@Override
	public String description() {
		return "Your cookie choices, the Terms and Privacy Policy versions you accepted, and any closure of your account.";
	}

	@Override
	public long count(UserId user) {
		return DataRows.count(jdbc, """
				select (select count(*) from privacy.cookie_consents where user_id = ?)
				     + (select count(*) from privacy.policy_acceptances where user_id = ?)""", user.value(), user.value());
	}

	@Override
	public String correctionPath() {
		return "/cookies";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		Object id = user.value();
		List<Map<String, Object>> rows = DataRows.records("cookieChoice", jdbc, """
				select preferences, analytics, marketing, chosen_at from privacy.cookie_consents
				where user_id = ? order by chosen_at""", id);
		rows.addAll(DataRows.records("policyAccepted", jdbc, """
				select document, version, accepted_at from privacy.policy_acceptances where user_id = ? order by accepted_at""",
				id));
		rows.addAll(DataRows.records("closure", jdbc, """
				select closed_at, reason, reactivated_at from privacy.closures where user_id = ? order by closed_at""", id));
		return rows;
	}
}
