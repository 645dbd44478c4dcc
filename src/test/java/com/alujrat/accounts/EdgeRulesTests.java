package com.alujrat.accounts;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.alujrat.platform.Secrets;
import com.alujrat.testing.Api;
import com.alujrat.testing.Browserless;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.People;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What reaches the platform at its edge: unverified accounts, forged headers, remembered browsers, hostile text. */
@IntegrationTest
class EdgeRulesTests extends PlatformTestSupport {

	@Test
	void anUnverifiedSessionReachesOnlyItsOwnBasicsInTheApi() {
		String email = People.newEmail();
		Browserless browser = new Browserless(port);
		browser.submit("/signup", Map.of("fullName", "Ayesha Khan", "email", email, "password", People.PASSWORD, "role",
				"FREELANCER", "dateOfBirth", LocalDate.now().minusYears(25).toString(), "acceptPolicies", "true"));

		assertThat(browser.get("/api/v1/me").statusCode()).isNotIn(401, 403);
		HttpResponse<String> profile = browser.get("/api/v1/me/profile");
		assertThat(profile.statusCode()).isEqualTo(403);
		assertThat(profile.body()).contains("problems/email-unverified");
		assertThat(browser.get("/api/v1/me/verification").statusCode()).isEqualTo(403);
	}

	@Test
	void aTokenWhoseAccountLostItsVerifiedEmailReachesOnlyItsOwnBasics() {
		Person person = people.verified("EMPLOYER");
		Api app = new Api(port).bearer(people.token(person));
		jdbc.sql("update accounts.users set email_verified = false where id = ?").param(person.id()).update();

		assertThat(app.get("/api/v1/me").status()).isEqualTo(200);
		Api.Response refused = app.get("/api/v1/me/profile");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.problem()).isEqualTo("email-unverified");
		assertThat(app.post("/api/v1/me/email-verification", Map.of()).status()).isEqualTo(202);
	}

	@Test
	void anAuthorizationHeaderThatAuthenticatesNothingDoesNotSkipTheCsrfCheck() {
		Person person = people.verified("FREELANCER");
		Browserless browser = new Browserless(port);
		browser.submit("/login", Map.of("email", person.email(), "password", People.PASSWORD));

		HttpResponse<String> forged = browser.postWithHeader("/api/v1/auth/logout", Map.of(), "Authorization",
				"Basic Zm9vOmJhcg==");
		assertThat(forged.statusCode()).isEqualTo(403);
		HttpResponse<String> withoutToken = browser.postWithHeader("/account/security/sign-out-everywhere", Map.of(),
				"Authorization", "Basic Zm9vOmJhcg==");
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
	}

	@Test
	void rememberMeTokensAreStoredOnlyAsHashes() {
		Person person = people.verified("EMPLOYER");
		Browserless browser = new Browserless(port);
		Map<String, String> form = new HashMap<>(Map.of("email", person.email(), "password", People.PASSWORD));
		form.put("remember-me", "on");
		browser.submit("/login", form);

		String[] cookie = new String(Base64.getDecoder().decode(browser.cookie("remember-me")), StandardCharsets.UTF_8)
			.split(":");
		cookie[0] = URLDecoder.decode(cookie[0], StandardCharsets.UTF_8);
		cookie[1] = URLDecoder.decode(cookie[1], StandardCharsets.UTF_8);
		String stored = jdbc.sql("select token from accounts.remember_me_tokens where series = ?").param(cookie[0])
			.query(String.class).single();
		assertThat(stored).isNotEqualTo(cookie[1]).isEqualTo(Secrets.hash(cookie[1]));
	}

	@Test
	void controlCharactersInTheSignInAndResetFormsComeBackAsMessages() {
		HttpResponse<String> login = new Browserless(port).submit("/login",
				Map.of("email", "ayesha\u0000@example.pk", "password", "x"));
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("control characters");
		HttpResponse<String> reset = new Browserless(port).submit("/password-reset",
				Map.of("email", "ayesha\u0000@example.pk"));
		assertThat(reset.statusCode()).isEqualTo(200);
		assertThat(reset.body()).contains("control characters");
	}

	@Test
	void aStolenSessionCannotGuessThePasswordItIsAskedFor() {
		Person person = people.verified("FREELANCER");
		Api app = new Api(port).bearer(people.token(person));
		for (int i = 0; i < 5; i++) {
			assertThat(app.post("/api/v1/me/two-factor", Map.of("password", "guess-" + i)).status()).isEqualTo(400);
		}
		Api.Response limited = app.post("/api/v1/me/two-factor", Map.of("password", People.PASSWORD));
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.retryAfter()).isNotNull();
	}

	@Test
	void textWithControlCharactersIsAFieldErrorInJsonAndInForms() {
		Api.Response json = api.post("/api/v1/auth/password-reset", Map.of("email", "ayesha\u0000@example.pk"));
		assertThat(json.status()).isEqualTo(400);
		assertThat(json.hasFieldError("email")).isTrue();
		Map<String, Object> signup = People.adult(People.newEmail(), "FREELANCER");
		signup.put("fullName", "Ayesha\u0007 Khan");
		Api.Response created = api.post("/api/v1/accounts", signup);
		assertThat(created.status()).isEqualTo(400);
		assertThat(created.hasFieldError("fullName")).isTrue();

		String email = People.newEmail();
		HttpResponse<String> page = new Browserless(port).submit("/signup", Map.of("fullName", "Ayesha\u0000Khan", "email",
				email, "password", People.PASSWORD, "role", "FREELANCER", "dateOfBirth",
				LocalDate.now().minusYears(25).toString(), "acceptPolicies", "true"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-field-error=\"fullName\"").contains("control characters");
		assertThat(jdbc.sql("select count(*) from accounts.users where email = ?").param(email).query(Integer.class)
			.single()).isZero();
		// Line breaks and tabs are text, not control: a description may have them.
		assertThat(api.post("/api/v1/auth/password-reset", Map.of("email", "a\tb@example.pk")).status()).isEqualTo(202);
	}
}
