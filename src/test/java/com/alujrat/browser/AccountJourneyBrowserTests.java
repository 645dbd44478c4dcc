package com.alujrat.browser;

import com.alujrat.testing.PlatformTestSupport;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Outbox;
import com.alujrat.testing.People;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The flows a person follows, in real Chromium on a phone-sized screen. */
@IntegrationTest
class AccountJourneyBrowserTests extends PlatformTestSupport {

	@RegisterExtension
	static Chromium chromium = new Chromium();

	@Test
	void aFreelancerSignsUpVerifiesByTheOutboxLinkAndSeesTheDashboard() {
		String email = People.newEmail();
		try (BrowserContext context = chromium.newContext("en-US")) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.getByText("I want to work").click();

			page.locator("#fullName").fill("Ayesha Khan");
			page.locator("#email").fill(email);
			page.locator("#password").fill(People.PASSWORD);
			assertThat(page.locator("#role-freelancer")).isChecked();
			page.getByLabel("Date of birth").fill(LocalDate.now().minusYears(24).toString());
			page.locator("#acceptPolicies").check();
			page.getByText("Create account").click();

			assertThat(page.locator("h1")).hasText("Verify your email");

			page.navigate(url("/dev/outbox?to=" + email));
			assertThat(page.getByTestId("outbox-message")).hasCount(1);
			String link = new Outbox(jdbc).await(email, "Verify").linkPath();
			page.navigate(url(link));
			page.getByTestId("confirm-email").click();

			assertThat(page.getByTestId("dashboard-title")).hasText("Welcome, Ayesha K.");

			page.getByTestId("menu-button").click();
			page.locator("form[action='/logout'] button").click();
			page.navigate(url("/login"));
			page.getByLabel("Email").fill(email);
			page.getByLabel("Password").fill(People.PASSWORD);
			page.locator("form[action='/login'] button[type=submit]").click();
			assertThat(page.getByTestId("dashboard-title")).hasText("Welcome, Ayesha K.");
		}
	}

	@Test
	void theUrduPagesReadRightToLeft() {
		try (BrowserContext context = chromium.newContext("en-US")) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.getByTestId("menu-button").click();
			page.getByTestId("language-switch").click();

			assertThat(page.locator("html")).hasAttribute("dir", "rtl");
			assertThat(page.locator("html")).hasAttribute("lang", "ur");
			assertThat(page.locator("h1")).hasText("لاگ اِن");
			String direction = (String) page.evaluate("getComputedStyle(document.body).direction");
			assertThat(direction).isEqualTo("rtl");
			assertThat(page.locator("link[href*='bootstrap.rtl.min']")).hasCount(1);
		}
	}

	@Test
	void theCookieBannerRecordsTheVisitorsChoice() {
		try (BrowserContext context = chromium.newContext("en-US")) {
			Page page = context.newPage();
			page.navigate(url("/"));
			assertThat(page.getByTestId("cookie-banner")).isVisible();

			page.getByText("Necessary only").click();

			assertThat(page.getByTestId("cookie-banner")).hasCount(0);
			String visitor = context.cookies().stream().filter(c -> c.name.equals("aj_visitor")).findFirst()
				.orElseThrow().value;
			assertThat(jdbc.sql("select analytics from privacy.cookie_consents where visitor_id = ?::uuid")
				.param(visitor).query(Boolean.class).single()).isFalse();

			page.reload();
			assertThat(page.getByTestId("cookie-banner")).hasCount(0);
			page.getByTestId("cookie-settings").click();
			page.locator("#analytics").check();
			page.getByText("Save choices").click();
			assertThat(page.getByTestId("cookies-saved")).isVisible();
			assertThat(jdbc.sql("select count(*) from privacy.cookie_consents where visitor_id = ?::uuid and analytics")
				.param(visitor).query(Integer.class).single()).isEqualTo(1);
		}
	}

	@Test
	void aSignedInUserTurnsOnTwoFactorAndNeedsTheCodeAtTheNextLogin() throws Exception {
		People.Person person = people.verified("EMPLOYER");
		try (BrowserContext context = chromium.newContext("en-US")) {
			Page page = context.newPage();
			logIn(page, person.email());

			page.navigate(url("/account/security"));
			page.locator("#tf-password").fill(People.PASSWORD);
			page.getByText("Set up two-factor").click();
			assertThat(page.locator("img.aj-qr")).isVisible();
			String secret = page.getByTestId("totp-secret").textContent().trim();
			page.getByLabel("6-digit code from the app").fill(com.alujrat.accounts.TwoFactorCodes.current(secret));
			page.getByText("Turn on").click();

			assertThat(page.getByTestId("recovery-codes").locator("li")).hasCount(10);
			page.getByText("I have saved them").click();
			assertThat(page.getByTestId("two-factor-status")).containsText("Recovery codes left: 10");

			page.getByTestId("menu-button").click();
			page.locator("form[action='/logout'] button").click();
			logIn(page, person.email());
			assertThat(page.locator("h1")).hasText("Two-factor authentication");
			page.getByLabel("Code").fill(com.alujrat.accounts.TwoFactorCodes.next(secret));
			page.getByText("Verify").click();
			assertThat(page.getByTestId("dashboard-title")).isVisible();
		}
	}

	private void logIn(Page page, String email) {
		page.navigate(url("/login"));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(People.PASSWORD);
		page.locator("form[action='/login'] button[type=submit]").click();
	}

}
