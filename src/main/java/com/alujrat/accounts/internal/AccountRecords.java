package com.alujrat.accounts.internal;

import java.util.List;
import java.util.Map;

import com.alujrat.platform.DataRows;
import com.alujrat.platform.PersonalData;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The account itself: name, address, type, language, sign-in settings and the devices it was used from. */
@Component
class AccountRecords implements PersonalData {

	private final JdbcClient jdbc;

	AccountRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String category() {
		return "account";
	}

	@Override
	public String description() {
		return "Your account: name, email, account type, date of birth, language, two-factor setting, sign-in methods and the devices you signed in from.";
	}

	@Override
	public long count(UserId user) {
		return 1;
	}

	@Override
	public String correctionPath() {
		return "/account/security";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		List<Map<String, Object>> rows = DataRows.of(jdbc, """
				select full_name, email, email_verified, account_type, date_of_birth, status, locale,
				       totp_enabled as two_factor, created_at
				from accounts.users where id = ?""", user.value());
		rows.forEach(row -> {
			row.put("devices", DataRows.of(jdbc, """
					select description, first_seen, last_seen from accounts.known_devices
					where user_id = ? order by first_seen""", user.value()));
			row.put("signInProviders", DataRows.of(jdbc,
					"select provider, email, linked_at from accounts.social_identities where user_id = ?", user.value()));
		});
		return rows;
	}
}
