package com.alujrat.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.alujrat.platform.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Single-use links. Only a hash is stored, so a database reader cannot use them. */
@Component
class OneTimeTokens {

	enum Purpose {
		VERIFY_EMAIL(Duration.ofDays(2)), RESET_PASSWORD(Duration.ofMinutes(30)), SET_PASSWORD(Duration.ofDays(2)),
		GUARDIAN_CONSENT(Duration.ofDays(14));

		final Duration lifetime;

		Purpose(Duration lifetime) {
			this.lifetime = lifetime;
		}
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	OneTimeTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	String issue(UUID userId, Purpose purpose) {
		String token = Secrets.newToken();
		jdbc.sql("insert into accounts.one_time_tokens (token_hash, user_id, purpose, expires_at) values (?, ?, ?, ?)")
			.params(Secrets.hash(token), userId, purpose.name(),
					java.sql.Timestamp.from(clock.instant().plus(purpose.lifetime)))
			.update();
		return token;
	}

	/** Marks the token used and returns its user; unknown, expired and already used tokens are refused alike. */
	UUID consume(String token, Purpose purpose) {
		if (token == null || token.isBlank()) {
			throw new AccountRejected("token", "account.token.invalid");
		}
		Instant now = clock.instant();
		return jdbc.sql("""
				update accounts.one_time_tokens set used_at = :now
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
				returning user_id""")
			.param("now", java.sql.Timestamp.from(now))
			.param("hash", Secrets.hash(token))
			.param("purpose", purpose.name())
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new AccountRejected("token", "account.token.invalid"));
	}

	/** Whether a token is still usable, without using it (to show the right page before a confirmation). */
	boolean isValid(String token, Purpose purpose) {
		return token != null && jdbc.sql("""
				select count(*) from accounts.one_time_tokens
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now""")
			.param("hash", Secrets.hash(token))
			.param("purpose", purpose.name())
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.query(Integer.class)
			.single() > 0;
	}

	void revokeAll(UUID userId, Purpose purpose) {
		jdbc.sql("update accounts.one_time_tokens set used_at = now() where user_id = ? and purpose = ? and used_at is null")
			.params(userId, purpose.name())
			.update();
	}
}
