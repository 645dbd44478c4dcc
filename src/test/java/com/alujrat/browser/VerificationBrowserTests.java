package com.alujrat.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import com.alujrat.accounts.StaffRole;
import com.alujrat.testing.Images;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.People;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;
import com.alujrat.testing.Verified;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A freelancer verifies their identity on their phone; a verifier approves; the badge shows. */
@IntegrationTest
class VerificationBrowserTests extends PlatformTestSupport {

	@RegisterExtension
	static Chromium chromium = new Chromium();

	@Test
	void aFreelancerIsVerifiedEndToEnd() {
		Person freelancer = people.verified("FREELANCER");
		Person verifier = people.staff(StaffRole.VERIFIER);
		String phone = Verified.randomPhone();
		String cnic = Verified.randomCnic();

		try (BrowserContext context = chromium.newContext("en-US")) {
			Page page = context.newPage();
			logIn(page, freelancer.email());
			page.navigate(url("/account/verification"));
			assertThat(page.getByTestId("verification-status")).hasAttribute("data-status", "NOT_SUBMITTED");

			page.locator("#phone").fill(phone);
			page.getByText("Send code").click();
			String code = Verified.smsCode(outbox, phone);
			page.locator("#code").fill(code);
			page.getByText("Confirm", new Page.GetByTextOptions().setExact(true)).click();
			assertThat(page.getByTestId("phone-confirmed")).isVisible();

			page.locator("#legalName").fill("Ayesha Khan");
			page.locator("#documentNumber").fill(cnic);
			page.locator("#front").setInputFiles(new FilePayload("front.jpg", "image/jpeg", Images.jpeg(1200, 760)));
			page.locator("#back").setInputFiles(new FilePayload("back.jpg", "image/jpeg", Images.jpeg(1200, 760)));
			page.locator("#selfie").setInputFiles(new FilePayload("selfie.png", "image/png", Images.png(600, 800)));
			page.getByText("Submit for verification").click();

			assertThat(page.getByTestId("verification-status")).hasAttribute("data-status", "PENDING");
			assertThat(page.locator("[data-upload-progress]")).hasCount(0);
		}

		try (BrowserContext context = chromium.newContext("en-US")) {
			Page page = context.newPage();
			logIn(page, verifier.email());
			page.locator("#code").fill(people.secondFactor(verifier));
			page.locator("form[action='/login/two-factor'] button[type=submit]").click();
			page.navigate(url("/staff/verifications"));
			String submission = jdbc.sql("select id from verification.submissions where user_id = ?")
				.param(freelancer.id()).query(String.class).single();
			page.locator("a[href='/staff/verifications/" + submission + "']").click();
			assertThat(page.getByTestId("document-number")).hasText(cnic);
			assertThat(page.locator("img[src*='/photos/front']")).isVisible();
			page.getByText("Approve").click();
			assertThat(page.locator(".alert-success")).isVisible();
		}

		try (BrowserContext context = chromium.newContext("en-US")) {
			Page page = context.newPage();
			logIn(page, freelancer.email());
			assertThat(page.getByTestId("verified-badge")).isVisible();
		}
	}

	@Test
	void aBadPhotoIsExplainedNextToItsFieldAndTheTextStays() {
		Person freelancer = people.verified("FREELANCER");
		Verified.confirmPhone(new com.alujrat.testing.Api(port).bearer(people.token(freelancer)), outbox,
				Verified.randomPhone());
		try (BrowserContext context = chromium.newContext("en-US")) {
			Page page = context.newPage();
			logIn(page, freelancer.email());
			page.navigate(url("/account/verification"));
			page.locator("#legalName").fill("Ayesha Khan");
			page.locator("#documentNumber").fill("35202-1234567-1");
			page.locator("#front").setInputFiles(new FilePayload("front.jpg", "image/jpeg", Images.pdf()));
			page.locator("#back").setInputFiles(new FilePayload("back.jpg", "image/jpeg", Images.jpeg(300, 200)));
			page.locator("#selfie").setInputFiles(new FilePayload("selfie.jpg", "image/jpeg", Images.jpeg(300, 400)));
			page.getByText("Submit for verification").click();

			assertThat(page.locator("[data-field-error=front]")).hasText("Only JPEG and PNG photos are accepted.");
			assertThat(page.locator("#legalName")).hasValue("Ayesha Khan");
			assertThat(page.locator("#documentNumber")).hasValue("35202-1234567-1");
		}
	}

	private void logIn(Page page, String email) {
		page.navigate(url("/login"));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(People.PASSWORD);
		page.locator("form[action='/login'] button[type=submit]").click();
	}
}
