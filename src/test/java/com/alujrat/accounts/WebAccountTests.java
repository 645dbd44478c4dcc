package com.alujrat.accounts;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.alujrat.accounts.internal.TwoFactor;
import com.alujrat.shared.UserId;
import com.alujrat.testing.Browserless;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.PlatformTestSupport;
import com.alujrat.testing.People;
import com.alujrat.testing.People.Person;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The web pages of accounts, driven over HTTP with cookies and CSRF like a browser without JavaScript. */
@IntegrationTest
class WebAccountTests extends PlatformTestSupport {

	@Test
	void aSignupFormWithMistakesComesBackWithMessagesNextToTheFieldsAndSavesNothing() {
		String email = People.newEmail();
		Browserless browser = new Browserless(port);
		Map<String, String> form = Map.of("fullName", "", "email", email, "password", "password123", "role",
				"FREELANCER", "dateOfBirth", LocalDate.now().minusYears(16).toString(), "acceptPolicies", "true");

		HttpResponse<String> page = browser.submit("/signup", form);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-field-error=\"fullName\"").contains("Enter your full name.");
		assertThat(page.body()).contains("value=\"" + email + "\"").doesNotContain("password123");
		assertThat(jdbc.sql("select count(*) from accounts.users where email = ?").param(email).query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aBusinessRuleErrorIsShownNextToItsField() {
		Browserless browser = new Browserless(port);
		Map<String, String> form = Map.of("fullName", "Bilal Ahmed", "email", People.newEmail(), "password",
				"Kaghaz-Ki-Kashti-9", "role", "FREELANCER", "dateOfBirth", LocalDate.now().minusYears(16).toString(),
				"acceptPolicies", "true");

		HttpResponse<String> page = browser.submit("/signup", form);

		assertThat(page.body()).contains("data-field-error=\"dateOfBirth\"").contains("Freelancers must be 18 or older.");
	}

	@Test
	void anUnverifiedUserSeesOnlyTheVerifyPageUntilTheyOpenTheLink() {
		String email = People.newEmail();
		Browserless browser = new Browserless(port);
		HttpResponse<String> created = browser.submit("/signup", signupForm(email));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/verify-email");

		assertThat(browser.get("/dashboard").headers().firstValue("Location").orElseThrow()).endsWith("/verify-email");
		assertThat(browser.get("/account/security").headers().firstValue("Location").orElseThrow())
			.endsWith("/verify-email");
		assertThat(browser.get("/verify-email").body()).contains("Verify your email");

		String link = outbox.await(email, "Verify").linkPath();
		assertThat(browser.get(link).body()).contains("Confirm my email");
		assertThat(browser.get("/dashboard").headers().firstValue("Location").orElseThrow())
			.as("opening the link alone (as a mail scanner does) verifies nothing").endsWith("/verify-email");
		HttpResponse<String> verified = browser.submit(link, Map.of());
		assertThat(verified.headers().firstValue("Location").orElseThrow()).contains("/dashboard");
		assertThat(browser.get("/dashboard").body()).contains("Welcome, Ayesha K.");
	}

	@Test
	void theVerificationEmailCanBeResentButNotEndlessly() {
		String email = People.newEmail();
		Browserless browser = new Browserless(port);
		browser.submit("/signup", signupForm(email));
		outbox.await(email, "Verify");

		for (int i = 0; i < 3; i++) {
			assertThat(browser.submit("/verify-email", "/verify-email/resend", Map.of()).body())
				.contains("A new link is on its way.");
		}
		assertThat(browser.submit("/verify-email", "/verify-email/resend", Map.of()).body())
			.contains("Wait a few minutes");
		org.awaitility.Awaitility.await().until(() -> outbox.count(email, "Verify") == 4);
	}

	@Test
	void loginWithPasswordThenTheAuthenticatorCode() throws Exception {
		Person person = people.verified("FREELANCER");
		TwoFactor.Setup setup = twoFactor.begin(directory.user(new UserId(person.id())).orElseThrow());
		twoFactor.confirm(directory.user(new UserId(person.id())).orElseThrow(), TwoFactorCodes.current(setup.secret()),
				null, null);
		Browserless browser = new Browserless(port);

		HttpResponse<String> first = browser.submit("/login", credentials(person.email(), People.PASSWORD));
		assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/login/two-factor");
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(302);

		HttpResponse<String> wrong = browser.submit("/login/two-factor", Map.of("code", "000000"));
		assertThat(wrong.body()).contains("That code is not right.");

		HttpResponse<String> second = browser.submit("/login/two-factor", Map.of("code", TwoFactorCodes.next(setup.secret())));
		assertThat(second.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard");
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
	}

	@Test
	void fiveWebFailuresMakeThatBrowsersNetworkWaitButNotTheOwnerElsewhere() {
		Person person = people.verified("EMPLOYER");
		Browserless attacker = new Browserless(port);
		for (int i = 0; i < 4; i++) {
			assertThat(attacker.submit("/login", credentials(person.email(), "wrong")).body())
				.contains("Email or password is wrong.");
		}
		assertThat(attacker.submit("/login", credentials(person.email(), "wrong")).body()).contains("15 minutes");
		assertThat(attacker.submit("/login", credentials(person.email(), People.PASSWORD)).body()).contains("15 minutes");

		Browserless owner = new Browserless(port);
		assertThat(owner.submit("/login", credentials(person.email(), People.PASSWORD)).headers()
			.firstValue("Location").orElseThrow()).endsWith("/dashboard");
	}

	@Test
	void aPasswordResetEndsAHalfFinishedTwoFactorSignIn() {
		Person person = people.verified("FREELANCER");
		TwoFactor.Setup setup = twoFactor.begin(directory.user(new UserId(person.id())).orElseThrow());
		twoFactor.confirm(directory.user(new UserId(person.id())).orElseThrow(), TwoFactorCodes.current(setup.secret()),
				null, null);
		Browserless browser = new Browserless(port);
		browser.submit("/login", credentials(person.email(), People.PASSWORD));

		api.post("/api/v1/auth/password-reset", Map.of("email", person.email()));
		String token = outbox.await(person.email(), "Reset").token();
		assertThat(api.post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", "Naya-Pasword-2026"))
			.status()).isEqualTo(204);

		HttpResponse<String> code = browser.submit("/login/two-factor", Map.of("code", TwoFactorCodes.next(setup.secret())));
		assertThat(code.headers().firstValue("Location").orElseThrow()).contains("/login");
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(302);
	}

	@Test
	void loginChangesTheSessionIdAndRememberMeSetsACookie() {
		Person person = people.verified("EMPLOYER");
		Browserless browser = new Browserless(port);
		browser.get("/?lang=ur");
		String before = sessionCookie(browser);

		Map<String, String> form = new HashMap<>(credentials(person.email(), People.PASSWORD));
		form.put("remember-me", "on");
		browser.submit("/login", form);

		assertThat(sessionCookie(browser)).isNotEqualTo(before);
		assertThat(browser.hasCookie("remember-me")).isTrue();
	}

	@Test
	void signOutEverywhereEndsOtherSessionsAndTokens() {
		Person person = people.verified("FREELANCER");
		Browserless laptop = new Browserless(port);
		Browserless phone = new Browserless(port).userAgent("Mozilla/5.0 (Linux; Android 14) Chrome/150.0 Mobile");
		laptop.submit("/login", credentials(person.email(), People.PASSWORD));
		phone.submit("/login", credentials(person.email(), People.PASSWORD));
		String token = people.token(person);

		String securityPage = laptop.get("/account/security").body();
		assertThat(securityPage).contains("Chrome on Android").contains("Chrome on Linux");

		laptop.submit("/account/security", "/account/security/sign-out-everywhere", Map.of());

		assertThat(phone.get("/dashboard").statusCode()).isEqualTo(302);
		assertThat(laptop.get("/dashboard").statusCode()).isEqualTo(302);
		assertThat(new com.alujrat.testing.Api(port).bearer(token).get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void changingThePasswordNeedsTheCurrentOne() {
		Person person = people.verified("FREELANCER");
		Browserless browser = new Browserless(port);
		browser.submit("/login", credentials(person.email(), People.PASSWORD));

		HttpResponse<String> wrong = browser.submit("/account/security", "/account/security/password",
				Map.of("currentPassword", "guess", "newPassword", "Naya-Pasword-2026"));
		assertThat(wrong.body()).contains("Your current password is not right.");

		HttpResponse<String> right = browser.submit("/account/security", "/account/security/password",
				Map.of("currentPassword", People.PASSWORD, "newPassword", "Naya-Pasword-2026"));
		assertThat(right.headers().firstValue("Location").orElseThrow()).contains("passwordChanged");
		assertThat(browser.get("/account/security").statusCode()).isEqualTo(200);
		assertThat(outbox.await(person.email(), "password was changed")).isNotNull();
	}

	@Test
	void onlyAdminsOpenTheStaffPage() {
		Person admin = people.staff(StaffRole.ADMIN);
		Person support = people.staff(StaffRole.SUPPORT);
		Browserless adminBrowser = staffSignIn(admin);
		Browserless supportBrowser = staffSignIn(support);

		assertThat(adminBrowser.get("/staff/users?q=" + support.email()).body()).contains(support.email());
		HttpResponse<String> refused = supportBrowser.get("/staff/users");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Not allowed");
	}

	@Test
	void staffWithoutTwoFactorAreSentToSetItUpFromEveryStaffPage() {
		Person admin = people.staffWithoutTwoFactor(StaffRole.ADMIN, StaffRole.VERIFIER);
		Browserless browser = new Browserless(port);
		browser.submit("/login", credentials(admin.email(), People.PASSWORD));

		for (String page : java.util.List.of("/staff/users", "/staff/verifications", "/%73taff/users")) {
			HttpResponse<String> refused = browser.get(page);
			assertThat(refused.statusCode()).as(page).isEqualTo(403);
			assertThat(refused.body()).contains("Turn on two-factor authentication").contains("/account/security#two-factor");
		}
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
	}

	@Test
	void staffSessionsIdleOutAfterFifteenMinutesAndAreNeverRemembered() {
		Person admin = people.staff(StaffRole.ADMIN);
		Browserless browser = new Browserless(port);
		browser.submit("/login", Map.of("email", admin.email(), "password", People.PASSWORD, "remember-me", "on"));
		browser.submit("/login/two-factor", Map.of("code", people.secondFactor(admin)));

		assertThat(browser.get("/staff/users").statusCode()).isEqualTo(200);
		assertThat(browser.hasCookie("remember-me")).isFalse();
		assertThat(jdbc.sql("select max_inactive_interval from accounts.spring_session where principal_name = ?")
			.param(admin.id().toString()).query(Integer.class).single()).isEqualTo(15 * 60);
	}

	@Test
	void theSecurityPageNamesSessionsByDeviceNeverByTheirCookieValue() {
		Person person = people.verified("FREELANCER");
		Browserless other = new Browserless(port);
		other.submit("/login", credentials(person.email(), People.PASSWORD));
		Browserless browser = new Browserless(port);
		browser.submit("/login", credentials(person.email(), People.PASSWORD));

		String page = browser.get("/account/security").body();
		assertThat(page).doesNotContain(sessionCookie(other)).doesNotContain(sessionCookie(browser));
		java.util.regex.Matcher end = java.util.regex.Pattern.compile("/account/security/sessions/([0-9a-f]+)/end")
			.matcher(page);
		assertThat(end.find()).isTrue();
		browser.submit("/account/security", end.group(0), Map.of());
		assertThat(other.get("/dashboard").statusCode()).isEqualTo(302);
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
	}

	private Browserless staffSignIn(Person staff) {
		Browserless browser = new Browserless(port);
		browser.submit("/login", credentials(staff.email(), People.PASSWORD));
		browser.submit("/login/two-factor", Map.of("code", people.secondFactor(staff)));
		return browser;
	}

	@Test
	void changingTheEmailNeedsThePasswordAndTheNewAddressMustBeVerified() {
		Person person = people.verified("FREELANCER");
		Browserless browser = new Browserless(port);
		browser.submit("/login", credentials(person.email(), People.PASSWORD));
		String newEmail = People.newEmail();

		HttpResponse<String> wrong = browser.submit("/account/security", "/account/security/email",
				Map.of("newEmail", newEmail, "currentPassword", "guess"));
		assertThat(wrong.body()).contains("Your current password is not right.");

		HttpResponse<String> moved = browser.submit("/account/security", "/account/security/email",
				Map.of("newEmail", newEmail, "currentPassword", People.PASSWORD));
		assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/verify-email");
		assertThat(browser.get("/dashboard").headers().firstValue("Location").orElseThrow()).endsWith("/verify-email");
		assertThat(outbox.await(person.email(), "email of your Al Ujrat account was changed").text()).contains(newEmail);

		browser.submit(outbox.await(newEmail, "Verify").linkPath(), Map.of());
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
	}

	@Test
	void aLanguageChosenWhileSignedInFollowsTheUserToTheirNextSignIn() {
		Person person = people.verified("EMPLOYER");
		Browserless laptop = new Browserless(port);
		laptop.submit("/login", credentials(person.email(), People.PASSWORD));
		laptop.get("/dashboard?lang=ur");

		assertThat(new com.alujrat.testing.Api(port).bearer(people.token(person)).get("/api/v1/me").text("locale"))
			.isEqualTo("ur");
		Browserless phone = new Browserless(port);
		phone.submit("/login", credentials(person.email(), People.PASSWORD));
		assertThat(phone.get("/dashboard").body()).contains("dir=\"rtl\"");
	}

	@Test
	void aSessionEndsTwelveHoursAfterItStartedWhateverItsActivity() {
		Person person = people.verified("EMPLOYER");
		Browserless browser = new Browserless(port);
		browser.submit("/login", credentials(person.email(), People.PASSWORD));
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);

		jdbc.sql("update accounts.spring_session set creation_time = creation_time - ? where principal_name = ?")
			.params(java.time.Duration.ofHours(12).plusMinutes(1).toMillis(), person.id().toString())
			.update();

		HttpResponse<String> after = browser.get("/dashboard");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login?expired");
	}

	private static Map<String, String> signupForm(String email) {
		return Map.of("fullName", "Ayesha Khan", "email", email, "password", People.PASSWORD, "role", "FREELANCER",
				"dateOfBirth", LocalDate.now().minusYears(25).toString(), "acceptPolicies", "true");
	}

	private static Map<String, String> credentials(String email, String password) {
		return Map.of("email", email, "password", password);
	}

	private static String sessionCookie(Browserless browser) {
		return browser.cookie("SESSION");
	}
}
