package com.alujrat.accounts;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

import com.alujrat.accounts.internal.AccountRejected;
import com.alujrat.accounts.internal.TwoFactor;
import com.alujrat.shared.UserId;
import com.alujrat.testing.Api;
import com.alujrat.testing.Browserless;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.PlatformTestSupport;
import com.alujrat.testing.People;
import com.alujrat.testing.People.Person;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TwoFactorTests extends PlatformTestSupport {

	@Test
	void withTwoFactorOnATokenNeedsTheCurrentCode() {
		Person person = people.verified("FREELANCER");
		String secret = enable(person);

		Api.Response withoutCode = signIn(person, null);
		assertThat(withoutCode.status()).isEqualTo(401);
		assertThat(withoutCode.problem()).isEqualTo("two-factor-required");
		assertThat(signIn(person, "000000").status()).isEqualTo(401);
		assertThat(signIn(person, TwoFactorCodes.next(secret)).status()).isEqualTo(200);
	}

	@Test
	void aCodeWorksOnlyOnceOverTheApiAndOnTheWeb() {
		Person person = people.verified("FREELANCER");
		String secret = enable(person);
		String code = TwoFactorCodes.next(secret);

		assertThat(signIn(person, code).status()).isEqualTo(200);
		assertThat(signIn(person, code).status()).isEqualTo(401);
		Browserless browser = new Browserless(port);
		browser.submit("/login", Map.of("email", person.email(), "password", People.PASSWORD));
		assertThat(browser.submit("/login/two-factor", Map.of("code", code)).body()).contains("That code is not right.");
		// The code the set-up itself accepted is spent too.
		assertThat(signIn(person, TwoFactorCodes.current(secret)).status()).isEqualTo(401);
	}

	@Test
	void eachRecoveryCodeWorksOnceAndIsStoredUnderAKeyedHash() throws Exception {
		Person person = people.verified("FREELANCER");
		TwoFactor.Setup setup = twoFactor.begin(user(person));
		List<String> codes = twoFactor.confirm(user(person), codeOrFail(setup.secret(), 0), null, null);

		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(signIn(person, codes.get(3)).status()).isEqualTo(200);
		assertThat(signIn(person, codes.get(3)).status()).isEqualTo(401);
		assertThat(twoFactor.unusedRecoveryCodes(user(person))).isEqualTo(9);
		String plainSha256 = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(codes.get(0).getBytes()));
		assertThat(jdbc.sql("select code_hash from accounts.recovery_codes where user_id = ?").param(person.id())
			.query(String.class).list()).hasSize(10).doesNotContain(plainSha256, codes.get(0));
	}

	@Test
	void twoFactorTurnsOnOnlyWithACorrectCodeAndTheSecretIsStoredEncrypted() {
		Person person = people.verified("EMPLOYER");
		TwoFactor.Setup setup = twoFactor.begin(user(person));

		assertThatThrownBy(() -> twoFactor.confirm(user(person), "123456", null, null)).isInstanceOf(AccountRejected.class);
		assertThat(user(person).isTotpEnabled()).isFalse();
		byte[] stored = jdbc.sql("select totp_secret from accounts.users where id = ?").param(person.id())
			.query(byte[].class).single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(setup.secret());
		assertThat(setup.qrDataUri()).startsWith("data:image/png;base64,");
	}

	@Test
	void theAppsTurnTwoFactorOnAndOffOverTheApiAndOtherTokensEnd() {
		Person person = people.verified("FREELANCER");
		Api app = new Api(port).bearer(people.token(person));
		Api otherPhone = new Api(port).bearer(people.token(person));

		Api.Response wrongPassword = app.post("/api/v1/me/two-factor", Map.of("password", "not-it"));
		assertThat(wrongPassword.status()).isEqualTo(400);
		assertThat(wrongPassword.hasFieldError("password")).isTrue();
		Api.Response started = app.post("/api/v1/me/two-factor", Map.of("password", People.PASSWORD));
		assertThat(started.status()).isEqualTo(200);
		String secret = started.text("secret");
		assertThat(started.text("otpauthUri")).startsWith("otpauth://totp/").contains("secret=" + secret);

		assertThat(app.post("/api/v1/me/two-factor/confirm", Map.of("code", "000000")).status()).isEqualTo(400);
		Api.Response confirmed = app.post("/api/v1/me/two-factor/confirm", Map.of("code", TwoFactorCodes.current(secret)));
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.json().get("recoveryCodes")).hasSize(10);
		assertThat(app.get("/api/v1/me").status()).isEqualTo(200);
		assertThat(otherPhone.get("/api/v1/me").status()).isEqualTo(401);

		assertThat(app.delete("/api/v1/me/two-factor", Map.of("password", People.PASSWORD, "code", "000000")).status())
			.isEqualTo(400);
		assertThat(app.delete("/api/v1/me/two-factor",
				Map.of("password", People.PASSWORD, "code", TwoFactorCodes.next(secret))).status()).isEqualTo(204);
		assertThat(signIn(person, null).status()).isEqualTo(200);
	}

	@Test
	void turningTwoFactorOnEndsTheOtherWebSessionsAndAppTokens() {
		Person person = people.verified("EMPLOYER");
		Api app = new Api(port).bearer(people.token(person));
		Browserless other = new Browserless(port);
		other.submit("/login", Map.of("email", person.email(), "password", People.PASSWORD));
		assertThat(other.get("/dashboard").statusCode()).isEqualTo(200);
		Browserless browser = new Browserless(port);
		browser.submit("/login", Map.of("email", person.email(), "password", People.PASSWORD));

		String page = browser.submit("/account/security", "/account/security/two-factor/start",
				Map.of("currentPassword", People.PASSWORD)).body();
		java.util.regex.Matcher key = java.util.regex.Pattern.compile("data-testid=\"totp-secret\"[^>]*>([A-Z2-7]+)<")
			.matcher(page);
		assertThat(key.find()).as("the set-up page shows the key").isTrue();
		assertThat(browser.submit("/account/security", "/account/security/two-factor/confirm",
				Map.of("code", TwoFactorCodes.current(key.group(1)))).body()).contains("recovery codes");

		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
		assertThat(other.get("/dashboard").statusCode()).isEqualTo(302);
		assertThat(app.get("/api/v1/me").status()).isEqualTo(401);
	}

	private String enable(Person person) {
		TwoFactor.Setup setup = twoFactor.begin(user(person));
		twoFactor.confirm(user(person), codeOrFail(setup.secret(), 0), null, null);
		return setup.secret();
	}

	private com.alujrat.accounts.internal.User user(Person person) {
		return directory.user(new UserId(person.id())).orElseThrow();
	}

	private Api.Response signIn(Person person, String code) {
		Map<String, String> body = new java.util.HashMap<>(Map.of("email", person.email(), "password", People.PASSWORD));
		if (code != null) {
			body.put("totp", code);
		}
		return new Api(port).post("/api/v1/auth/token", body);
	}

	/** The code an authenticator shows now ({@code steps} 0) or that many 30-second steps later. */
	static String codeOrFail(String secret, int steps) {
		try {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret,
					System.currentTimeMillis() / 1000 / 30 + steps);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
