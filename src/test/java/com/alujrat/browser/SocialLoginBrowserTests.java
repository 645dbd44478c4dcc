package com.alujrat.browser;

import com.alujrat.testing.PlatformTestSupport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import com.alujrat.testing.People;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Google login against a local OpenID Connect provider (mock-oauth2-server standing in for Google). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SocialLoginBrowserTests extends PlatformTestSupport {

	static final MockOAuth2Server google = new MockOAuth2Server();

	static {
		google.start();
	}

	@RegisterExtension
	static Chromium chromium = new Chromium();

	@DynamicPropertySource
	static void googleIsTheMockProvider(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.client.registration.google.client-id", () -> "alujrat-test");
		registry.add("spring.security.oauth2.client.registration.google.client-secret", () -> "not-a-secret");
		registry.add("spring.security.oauth2.client.registration.google.scope", () -> "openid,email,profile");
		registry.add("spring.security.oauth2.client.provider.google.issuer-uri",
				() -> google.issuerUrl("google").toString());
	}

	@AfterAll
	static void stopProvider() {
		google.shutdown();
	}

	@Test
	void aNewPersonSignsUpWithGoogleAndComesBackLaterWithoutAnyForm() {
		String email = People.newEmail();
		String subject = UUID.randomUUID().toString();
		try (BrowserContext context = chromium.newContext("en-US")) {
			Page page = context.newPage();
			continueWithGoogle(page, subject, email);

			assertThat(page.locator("h1")).hasText("Finish creating your account");
			page.locator("#role-employer").check();
			page.getByLabel("Date of birth").fill(LocalDate.now().minusYears(30).toString());
			page.locator("#acceptPolicies").check();
			page.getByText("Create account").click();

			assertThat(page.getByTestId("dashboard-title")).hasText("Welcome, Sana M.");
			assertThat(jdbc.sql("select email_verified from accounts.users where email = ?").param(email)
				.query(Boolean.class).single()).isTrue();

			page.getByTestId("menu-button").click();
			page.locator("form[action='/logout'] button").click();
			continueWithGoogle(page, subject, email);
			assertThat(page.getByTestId("dashboard-title")).hasText("Welcome, Sana M.");
		}
	}

	@Test
	void anEmailThatAlreadyHasAPasswordAccountLinksOnlyAfterThePasswordIsProven() {
		People.Person person = people.verified("FREELANCER");
		String subject = UUID.randomUUID().toString();
		try (BrowserContext context = chromium.newContext("en-US")) {
			Page page = context.newPage();
			continueWithGoogle(page, subject, person.email());

			assertThat(page.locator("h1")).hasText("Link your login");
			page.navigate(url("/dashboard"));
			assertThat(page).hasURL(url("/login"));

			continueWithGoogle(page, subject, person.email());
			page.locator("#password").fill("not-the-password");
			page.getByText("Link and log in").click();
			assertThat(page.locator(".alert-danger")).hasText("Email or password is wrong.");
			assertThat(linkedAccounts(subject)).isZero();

			page.locator("#password").fill(People.PASSWORD);
			page.getByText("Link and log in").click();
			assertThat(page.getByTestId("dashboard-title")).isVisible();
			assertThat(linkedAccounts(subject)).isEqualTo(1);
		}
	}

	@Test
	void aGoogleSignInToAnAccountWithTwoFactorAsksForTheCodeAndTheLinkCanBeRemoved() {
		People.Person person = people.verified("FREELANCER");
		String subject = UUID.randomUUID().toString();
		jdbc.sql("insert into accounts.social_identities (provider, subject, user_id, email) values ('google', ?, ?, ?)")
			.params(subject, person.id(), person.email())
			.update();
		var user = directory.user(new com.alujrat.shared.UserId(person.id())).orElseThrow();
		String secret = twoFactor.begin(user).secret();
		twoFactor.confirm(directory.user(new com.alujrat.shared.UserId(person.id())).orElseThrow(),
				com.alujrat.accounts.TwoFactorCodes.current(secret), null, null);
		try (BrowserContext context = chromium.newContext("en-US")) {
			Page page = context.newPage();
			continueWithGoogle(page, subject, person.email());

			assertThat(page).hasURL(url("/login/two-factor"));
			page.navigate(url("/dashboard"));
			assertThat(page).hasURL(url("/login"));
			continueWithGoogle(page, subject, person.email());
			page.locator("#code").fill(com.alujrat.accounts.TwoFactorCodes.next(secret));
			page.locator("form[action='/login/two-factor'] button[type=submit]").click();
			assertThat(page.getByTestId("dashboard-title")).isVisible();

			page.navigate(url("/account/security"));
			assertThat(page.getByTestId("linked-identity")).containsText("Google");
			page.getByTestId("linked-identity").getByText("Unlink").click();
			assertThat(page.locator(".alert-info")).containsText("no longer linked");
			assertThat(linkedAccounts(subject)).isZero();
		}
	}

	@Test
	void theLoginPageOffersGoogleOnlyBecauseItIsConfigured() {
		try (BrowserContext context = chromium.newContext("en-US")) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			assertThat(page.getByTestId("social-google")).isVisible();
			assertThat(page.getByTestId("social-facebook")).hasCount(0);
		}
	}

	private void continueWithGoogle(Page page, String subject, String email) {
		google.enqueueCallback(new DefaultOAuth2TokenCallback("google", subject, "JWT", List.of("alujrat-test"),
				Map.of("email", email, "email_verified", true, "name", "Sana Mir"), 3600));
		page.navigate(url("/login"));
		page.getByTestId("social-google").click();
	}

	private int linkedAccounts(String subject) {
		return jdbc.sql("select count(*) from accounts.social_identities where subject = ?").param(subject)
			.query(Integer.class).single();
	}

}
