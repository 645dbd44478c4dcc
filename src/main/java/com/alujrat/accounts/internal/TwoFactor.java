package com.alujrat.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;

import com.alujrat.platform.Keys;
import com.alujrat.platform.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP second factor (RFC 6238, 30 s, 6 digits) with ten single-use recovery codes. The secret is stored
 * encrypted with the platform's AEAD key, bound to its user id.
 */
@Service
public class TwoFactor {

	static final int RECOVERY_CODES = 10;

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final UserRepository users;

	private final Keys keys;

	private final JdbcClient jdbc;

	private final CodeVerifier verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(), new SystemTimeProvider());

	TwoFactor(UserRepository users, Keys keys, JdbcClient jdbc) {
		this.users = users;
		this.keys = keys;
		this.jdbc = jdbc;
	}

	/** What the set-up page shows: the secret as text and as a QR code for an authenticator app. */
	public record Setup(String secret, String qrDataUri) {
	}

	@Transactional
	public Setup begin(User user) {
		String secret = new DefaultSecretGenerator().generate();
		user.startTwoFactor(encrypt(user, secret));
		users.save(user);
		QrData data = new QrData.Builder().label(user.getEmail())
			.secret(secret)
			.issuer("Al Ujrat")
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(30)
			.build();
		try {
			ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
			return new Setup(secret, Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType()));
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Turns two-factor on once the user proves their app makes the right codes; returns the recovery codes. */
	@Transactional
	public List<String> confirm(User user, String code) {
		if (user.getTotpSecret() == null || code == null || !verifier.isValidCode(decrypt(user), code.trim())) {
			throw new AccountRejected("code", "account.twoFactor.badCode");
		}
		user.enableTwoFactor();
		users.save(user);
		return newRecoveryCodes(user);
	}

	@Transactional
	public void disable(User user) {
		user.disableTwoFactor();
		users.save(user);
		jdbc.sql("delete from accounts.recovery_codes where user_id = ?").param(user.getId()).update();
	}

	/** A current TOTP code, or an unused recovery code (which is then spent). */
	boolean accepts(User user, String code) {
		String trimmed = code.trim();
		if (trimmed.matches("\\d{6}")) {
			return verifier.isValidCode(decrypt(user), trimmed);
		}
		return jdbc.sql("""
				update accounts.recovery_codes set used_at = now()
				where user_id = ? and code_hash = ? and used_at is null""")
			.params(user.getId(), Secrets.hash(trimmed.toLowerCase()))
			.update() == 1;
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
				.params(user.getId(), Secrets.hash(code))
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
