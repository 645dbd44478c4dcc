package com.alujrat.accounts.internal;

import java.util.UUID;

import com.alujrat.platform.Erasable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account row stays (other records point to its id) with nothing left that names or reaches the person; their
 * guardian, devices, sign-in links, tokens and sessions go.
 */
@Component
class AccountErasure implements Erasable {

	private final JdbcClient jdbc;

	private final ApiTokens apiTokens;

	private final WebSessions sessions;

	AccountErasure(JdbcClient jdbc, ApiTokens apiTokens, WebSessions sessions) {
		this.jdbc = jdbc;
		this.apiTokens = apiTokens;
		this.sessions = sessions;
	}

	@Override
	public void erase(Person person) {
		UUID id = person.id().value();
		apiTokens.revokeAll(id);
		sessions.endAll(id);
		for (String table : new String[] { "guardians", "known_devices", "social_identities", "one_time_tokens",
				"recovery_codes", "api_tokens" }) {
			jdbc.sql("delete from accounts." + table + " where user_id = ?").param(id).update();
		}
		jdbc.sql("""
				update accounts.users set full_name = 'Erased account', email = 'erased-' || id || '@erased.invalid',
				    email_verified = false, password_hash = null, date_of_birth = null, totp_secret = null,
				    totp_enabled = false, status = 'CLOSED', closed_at = coalesce(closed_at, now()),
				    security_epoch = security_epoch + 1, version = version + 1
				where id = ?""")
			.param(id)
			.update();
	}

	@Override
	public int order() {
		return 100;
	}
}
