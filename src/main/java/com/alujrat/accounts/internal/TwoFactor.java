package com.alujrat.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.OptionalLong;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import com.alujrat.platform.Keys;
import com.alujrat.platform.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP second factor (RFC 6238, 30 s, 6 digits, one step of clock drift either way) with ten single-use recovery
 * codes. A code works once: the accepted time step is remembered and only a later one counts. The secret is stored
 * encrypted with the platform's AEAD key, bound to its user id; recovery codes under a keyed hash (the platform's
 * PRF), so a copy of the database alone cannot test guesses.
 */
@Service
public class TwoFactor {

	static final int RECOVERY_CODES = 10;

	private static final int PERIOD_SECONDS = 30;

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final UserRepository users;

	private final Keys keys;

	private final JdbcClient jdbc;

	private final WebSessions webSessions;

	private final Clock clock;

	private final ApiTokens apiTokens;

	private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

	TwoFactor(UserRepository users, Keys keys, JdbcClient jdbc, WebSessions webSessions, Clock clock,
			ApiTokens apiTokens) {
		this.apiTokens = apiTokens;
		this.users = users;
		this.keys = keys;
		this.jdbc = jdbc;
		this.webSessions = webSessions;
		this.clock = clock;
	}

	/** What set-up shows: the secret as text, as an otpauth URI for authenticator apps and as a QR code of it. */
	public record Setup(String secret, String otpauthUri, String qrDataUri) {
	}

	@Transactional
	public Setup begin(User user) {
		if (user.isTotpEnabled()) {
			throw new AccountRejected("twoFactor", "account.twoFactor.alreadyOn");
		}
		String secret = new DefaultSecretGenerator().generate();
		user.startTwoFactor(encrypt(user, secret));
		users.save(user);
		QrData data = new QrData.Builder().label(user.getEmail())
			.secret(secret)
			.issuer("Al Ujrat")
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(PERIOD_SECONDS)
			.build();
		try {
			ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
			return new Setup(secret, data.getUri(),
					Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType()));
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Turns two-factor on once the user proves their app makes the right codes, and returns the recovery codes. Every
	 * other web session, remember-me cookie and app token of the user ends, except {@code keepSession} (the browser
	 * that turned it on, if any) and the token family of {@code keepAccessToken} (the app that did, if any).
	 */
	@Transactional
	public List<String> confirm(User user, String code, String keepSession, String keepAccessToken) {
		OptionalLong step = user.getTotpSecret() == null || user.isTotpEnabled() || code == null ? OptionalLong.empty()
				: matchingStep(decrypt(user), code.trim());
		if (step.isEmpty()) {
			throw new AccountRejected("code", "account.twoFactor.badCode");
		}
		user.enableTwoFactor(step.getAsLong());
		users.save(user);
		webSessions.endAllExcept(user.getId(), keepSession);
		apiTokens.revokeAllExcept(user.getId(), keepAccessToken);
		return newRecoveryCodes(user);
	}

	/** Turning two-factor off takes a code (or a recovery code) as well as the password the caller checked. */
	@Transactional
	public void disable(User user, String code) {
		if (!user.isTotpEnabled() || code == null || code.isBlank() || !accepts(user, code)) {
			throw new AccountRejected("code", "account.twoFactor.badCode");
		}
		user.disableTwoFactor();
		users.save(user);
		jdbc.sql("delete from accounts.recovery_codes where user_id = ?").param(user.getId()).update();
	}

	/** Re-authentication's second step: with two-factor on, a sensitive step also takes a current code. */
	public void require(User user, String code, String field) {
		if (user.isTotpEnabled() && (code == null || code.isBlank() || !accepts(user, code))) {
			throw new AccountRejected(field, "account.twoFactor.badCode");
		}
	}

	/**
	 * A current TOTP code not used before, or an unused recovery code (which is then spent). The accepted step is
	 * recorded by one conditional update, so of two requests racing with the same code exactly one gets in.
	 */
	boolean accepts(User user, String code) {
		String trimmed = code.trim();
		if (trimmed.matches("\\d{6}")) {
			OptionalLong step = matchingStep(decrypt(user), trimmed);
			return step.isPresent() && jdbc.sql("""
					update accounts.users set totp_last_step = :step
					where id = :id and totp_enabled and (totp_last_step is null or totp_last_step < :step)""")
				.param("step", step.getAsLong())
				.param("id", user.getId())
				.update() == 1;
		}
		return jdbc.sql("""
				update accounts.recovery_codes set used_at = now()
				where user_id = ? and code_hash = ? and used_at is null""")
			.params(user.getId(), recoveryHash(trimmed.toLowerCase()))
			.update() == 1;
	}

	/** The time step (now, or one either side for clock drift) whose code this is. */
	private OptionalLong matchingStep(String secret, String code) {
		long now = clock.millis() / 1000 / PERIOD_SECONDS;
		for (long step = now + 1; step >= now - 1; step--) {
			if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	private String codeAt(String secret, long step) {
		try {
			return codes.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String recoveryHash(String code) {
		try {
			return HexFormat.of().formatHex(keys.prf().compute(("recovery-code:" + code).getBytes(StandardCharsets.UTF_8), 32));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public int unusedRecoveryCodes(User user) {
		return jdbc.sql("select count(*) from accounts.recovery_codes where user_id = ? and used_at is null")
			.param(user.getId())
			.query(Integer.class)
			.single();
	}

	private List<String> newRecoveryCodes(User user) {
		jdbc.sql("delete from accounts.recovery_codes where user_id = ?").param(user.getId()).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = randomCode();
			codes.add(code);
			jdbc.sql("insert into accounts.recovery_codes (user_id, code_hash) values (?, ?)")
				.params(user.getId(), recoveryHash(code))
				.update();
		}
		return codes;
	}

	private static String randomCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(Secrets.random().nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private byte[] encrypt(User user, String secret) {
		try {
			return keys.aead().encrypt(secret.getBytes(StandardCharsets.UTF_8), associatedData(user));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String decrypt(User user) {
		try {
			return new String(keys.aead().decrypt(user.getTotpSecret(), associatedData(user)), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] associatedData(User user) {
		return ("totp:" + user.getId()).getBytes(StandardCharsets.UTF_8);
	}
}
