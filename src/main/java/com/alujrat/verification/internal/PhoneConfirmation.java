package com.alujrat.verification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.alujrat.notifications.TextMessages;
import com.alujrat.platform.RateLimited;
import com.alujrat.platform.RateLimits;
import com.alujrat.platform.Secrets;
import com.alujrat.platform.SensitiveValues;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mobile number is confirmed by a 6-digit code sent by SMS: valid for 10 minutes, at most 5 tries, at most three
 * codes in 10 minutes. Until confirmed, the number is kept encrypted.
 */
@Service
public class PhoneConfirmation {

	static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

	static final int MAX_TRIES = 5;

	private final JdbcClient jdbc;

	private final SensitiveValues sensitive;

	private final TextMessages sms;

	private final RateLimits rateLimits;

	private final Clock clock;

	PhoneConfirmation(JdbcClient jdbc, SensitiveValues sensitive, TextMessages sms, RateLimits rateLimits, Clock clock) {
		this.jdbc = jdbc;
		this.sensitive = sensitive;
		this.sms = sms;
		this.rateLimits = rateLimits;
		this.clock = clock;
	}

	@Transactional
	public void sendCode(UserId user, String rawPhone) {
		String phone = PhoneNumbers.mobileE164(rawPhone);
		// An SMS costs money and reaches a stranger's phone: three per account per ten minutes, with a 429 past that.
		try {
			rateLimits.require("phone-code:" + user, 3, CODE_LIFETIME);
		}
		catch (RateLimited limited) {
			throw new RateLimited("phone", limited.retryAfter());
		}
		String code = String.format("%06d", Secrets.random().nextInt(1_000_000));
		jdbc.sql("""
				insert into verification.phone_challenges (user_id, phone_ciphertext, code_hash, attempts, expires_at)
				values (:user, :phone, :hash, 0, :expires)
				on conflict (user_id) do update set phone_ciphertext = :phone, code_hash = :hash, attempts = 0,
				    expires_at = :expires, created_at = now()""")
			.param("user", user.value())
			.param("phone", sensitive.seal(phone, user.toString()))
			.param("hash", codeHash(user, code))
			.param("expires", Timestamp.from(clock.instant().plus(CODE_LIFETIME)))
			.update();
		sms.send(phone, "Al Ujrat code: " + code + " (10 min). الاجرت کوڈ: " + code);
	}

	@Transactional(noRollbackFor = VerificationRejected.class)
	public void confirm(UserId user, String code) {
		Challenge challenge = jdbc.sql("""
				select phone_ciphertext, code_hash, attempts, expires_at from verification.phone_challenges
				where user_id = ? for update""")
			.param(user.value())
			.query((rs, n) -> new Challenge(rs.getBytes(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant()))
			.optional()
			.orElseThrow(() -> new VerificationRejected("code", "verification.code.none"));
		if (challenge.expiresAt().isBefore(clock.instant())) {
			throw new VerificationRejected("code", "verification.code.expired");
		}
		if (challenge.attempts() >= MAX_TRIES) {
			throw new VerificationRejected("code", "verification.code.tooManyTries");
		}
		jdbc.sql("update verification.phone_challenges set attempts = attempts + 1 where user_id = ?")
			.param(user.value())
			.update();
		if (code == null || !challenge.codeHash().equals(codeHash(user, code.trim()))) {
			throw new VerificationRejected("code", "verification.code.wrong");
		}
		String phone = sensitive.open(challenge.phone(), user.toString());
		jdbc.sql("""
				insert into verification.phones (user_id, phone_e164, confirmed_at) values (?, ?, now())
				on conflict (user_id) do update set phone_e164 = excluded.phone_e164, confirmed_at = now()""")
			.params(user.value(), phone)
			.update();
		jdbc.sql("delete from verification.phone_challenges where user_id = ?").param(user.value()).update();
	}

	public Optional<String> confirmedPhone(UserId user) {
		return jdbc.sql("select phone_e164 from verification.phones where user_id = ?")
			.param(user.value())
			.query(String.class)
			.optional();
	}

	public boolean isCodePending(UserId user) {
		return jdbc.sql("select count(*) from verification.phone_challenges where user_id = ? and expires_at > now()")
			.param(user.value())
			.query(Integer.class)
			.single() > 0;
	}

	private static String codeHash(UserId user, String code) {
		return Secrets.hash(user + ":" + code);
	}

	record Challenge(byte[] phone, String codeHash, int attempts, Instant expiresAt) {
	}
}
