package com.alujrat.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.accounts.AccountStatus;
import com.alujrat.platform.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the mobile apps: short-lived access tokens and rotating refresh tokens. A refresh token used
 * twice means it leaked, so its whole family is revoked.
 */
@Service
public class ApiTokens {

	public static final Duration ACCESS_LIFETIME = Duration.ofMinutes(15);

	static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

	private final JdbcClient jdbc;

	private final UserRepository users;

	private final Clock clock;

	private final com.alujrat.notifications.LiveEvents live;

	ApiTokens(JdbcClient jdbc, UserRepository users, Clock clock, com.alujrat.notifications.LiveEvents live) {
		this.live = live;
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
	}

	public record Pair(String accessToken, String refreshToken, long expiresIn) {
	}

	@Transactional
	public Pair issue(UUID userId) {
		return issue(userId, UUID.randomUUID());
	}

	/** Exchanges a refresh token for a new pair; reuse of a spent one revokes its family. */
	@Transactional(noRollbackFor = AccountRejected.class)
	public Pair refresh(String refreshToken) {
		Instant now = clock.instant();
		Optional<TokenRow> row = find(refreshToken, "REFRESH");
		if (row.isEmpty() || row.get().revokedAt() != null || row.get().expiresAt().isBefore(now)) {
			throw new AccountRejected("refreshToken", "account.token.invalid");
		}
		if (row.get().usedAt() != null) {
			revokeFamily(row.get().family());
			throw new AccountRejected("refreshToken", "account.token.reused");
		}
		int spent = jdbc.sql("update accounts.api_tokens set used_at = ? where token_hash = ? and used_at is null")
			.params(Timestamp.from(now), Secrets.hash(refreshToken))
			.update();
		if (spent == 0) {
			revokeFamily(row.get().family());
			throw new AccountRejected("refreshToken", "account.token.reused");
		}
		User user = users.findById(row.get().userId()).orElseThrow();
		if (user.getStatus() == AccountStatus.CLOSED) {
			throw new AccountRejected("refreshToken", "account.token.invalid");
		}
		return issue(row.get().userId(), row.get().family());
	}

	/** The user an unexpired, unrevoked access token belongs to. */
	public Optional<UUID> authenticate(String accessToken) {
		return find(accessToken, "ACCESS").filter(row -> row.revokedAt() == null)
			.filter(row -> row.expiresAt().isAfter(clock.instant()))
			.map(TokenRow::userId);
	}

	/** Logout from an app: the family of the given token (access or refresh) ends. */
	@Transactional
	public void revoke(String token) {
		jdbc.sql("select family from accounts.api_tokens where token_hash = ?")
			.param(Secrets.hash(token))
			.query(UUID.class)
			.optional()
			.ifPresent(this::revokeFamily);
	}

	/** Every token of the user ends, and so do their open live streams (they reconnect if a session remains). */
	@Transactional
	public void revokeAll(UUID userId) {
		jdbc.sql("update accounts.api_tokens set revoked_at = now() where user_id = ? and revoked_at is null")
			.param(userId)
			.update();
		live.disconnect(new com.alujrat.shared.UserId(userId));
	}

	/** Every token family of the user ends but the one {@code keepAccessToken} belongs to. */
	@Transactional
	public void revokeAllExcept(UUID userId, String keepAccessToken) {
		jdbc.sql("""
				update accounts.api_tokens set revoked_at = now() where user_id = ? and revoked_at is null
				and family is distinct from (select family from accounts.api_tokens where token_hash = ?)""")
			.params(userId, Secrets.hash(keepAccessToken == null ? "" : keepAccessToken))
			.update();
		live.disconnect(new com.alujrat.shared.UserId(userId));
	}

	private Pair issue(UUID userId, UUID family) {
		Instant now = clock.instant();
		String access = Secrets.newToken();
		String refresh = Secrets.newToken();
		insert(access, userId, "ACCESS", family, now.plus(ACCESS_LIFETIME));
		insert(refresh, userId, "REFRESH", family, now.plus(REFRESH_LIFETIME));
		return new Pair(access, refresh, ACCESS_LIFETIME.toSeconds());
	}

	private void insert(String token, UUID userId, String kind, UUID family, Instant expiresAt) {
		jdbc.sql("insert into accounts.api_tokens (token_hash, user_id, kind, family, expires_at) values (?, ?, ?, ?, ?)")
			.params(Secrets.hash(token), userId, kind, family, Timestamp.from(expiresAt))
			.update();
	}

	private void revokeFamily(UUID family) {
		jdbc.sql("update accounts.api_tokens set revoked_at = now() where family = ? and revoked_at is null")
			.param(family)
			.update();
	}

	private Optional<TokenRow> find(String token, String kind) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select user_id, family, expires_at, used_at, revoked_at from accounts.api_tokens
				where token_hash = ? and kind = ?""")
			.params(Secrets.hash(token), kind)
			.query((rs, n) -> new TokenRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getTimestamp(3).toInstant(), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))))
			.optional();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	record TokenRow(UUID userId, UUID family, Instant expiresAt, Instant usedAt, Instant revokedAt) {
	}
}
