package com.alujrat.accounts;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import com.alujrat.testing.Api;
import com.alujrat.testing.Browserless;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.People;
import com.alujrat.testing.PlatformTestSupport;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-up, password reset and guardian mails are limited per network and per address, with counts kept in
 * PostgreSQL (shared by every node). The limits are lowered here so a test can reach them quickly.
 */
@IntegrationTest
@TestPropertySource(properties = { "alujrat.limits.signups-per-ip-per-hour=3", "alujrat.limits.resets-per-ip-per-hour=3",
		"alujrat.limits.resets-per-address-per-hour=2", "alujrat.limits.reset-mails-per-address-per-hour=2" })
class LimitsTests extends PlatformTestSupport {

	@Test
	void oneNetworkSignsUpOnlySoManyAccountsAnHourAndIsToldWhenToTryAgain() {
		Api sameNetwork = new Api(port);
		for (int i = 0; i < 3; i++) {
			assertThat(sameNetwork.post("/api/v1/accounts", People.adult(People.newEmail(), "FREELANCER")).status())
				.isEqualTo(201);
		}
		Api.Response limited = sameNetwork.post("/api/v1/accounts", People.adult(People.newEmail(), "FREELANCER"));
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.problem()).isEqualTo("too-many-requests");
		assertThat(Long.parseLong(limited.retryAfter())).isBetween(1L, 3600L);
		assertThat(jdbc.sql("select count(*) from platform.rate_limits where key like 'signup-ip:%'")
			.query(Integer.class).single()).isPositive();

		Browserless browser = new Browserless(port);
		for (int i = 0; i < 3; i++) {
			browser.submit("/signup", form(People.newEmail()));
			browser = browser.sameNetworkNewBrowser();
		}
		HttpResponse<String> page = browser.submit("/signup", form(People.newEmail()));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Try again in");
	}

	@Test
	void passwordResetsAreLimitedPerNetworkAndPerAddressAlikeForUnknownAddresses() {
		Api sameNetwork = new Api(port);
		for (int i = 0; i < 3; i++) {
			assertThat(sameNetwork.post("/api/v1/auth/password-reset", Map.of("email", People.newEmail())).status())
				.isEqualTo(202);
		}
		assertThat(sameNetwork.post("/api/v1/auth/password-reset", Map.of("email", People.newEmail())).status())
			.isEqualTo(429);

		String unknown = People.newEmail();
		Api oneNetwork = new Api(port);
		for (int i = 0; i < 2; i++) {
			assertThat(oneNetwork.post("/api/v1/auth/password-reset", Map.of("email", unknown)).status()).isEqualTo(202);
		}
		assertThat(oneNetwork.post("/api/v1/auth/password-reset", Map.of("email", unknown.toUpperCase())).status())
			.isEqualTo(429);

		Browserless browser = new Browserless(port);
		HttpResponse<String> page = null;
		for (int i = 0; i < 4; i++) {
			page = browser.submit("/password-reset", Map.of("email", People.newEmail()));
		}
		assertThat(page.body()).contains("Try again in");
	}

	@Test
	void manyNetworksTogetherCannotFloodOneMailboxNorBlockItsOwner() {
		People.Person owner = people.verified("FREELANCER");
		for (int i = 0; i < 4; i++) {
			assertThat(new Api(port).post("/api/v1/auth/password-reset", Map.of("email", owner.email())).status())
				.as("every network gets the same answer").isEqualTo(202);
		}
		org.awaitility.Awaitility.await().until(() -> outbox.count(owner.email(), "Reset") == 2);
		org.awaitility.Awaitility.await().during(java.time.Duration.ofSeconds(2)).atMost(java.time.Duration.ofSeconds(5))
			.until(() -> outbox.count(owner.email(), "Reset") == 2);
		assertThat(new Api(port).post("/api/v1/auth/password-reset", Map.of("email", owner.email())).status())
			.isEqualTo(202);
	}

	@Test
	void aGuardianAddressGetsOnlyThreeConsentRequestsADay() {
		String guardian = People.newEmail();
		for (int i = 0; i < 4; i++) {
			Map<String, Object> body = People.signup(People.newEmail(), "EMPLOYER", LocalDate.now().minusYears(15));
			body.put("guardian", Map.of("fullName", "Imran Khan", "email", guardian, "relationship", "Father"));
			Api.Response response = new Api(port).post("/api/v1/accounts", body);
			assertThat(response.status()).as("request " + (i + 1)).isEqualTo(i < 3 ? 201 : 429);
		}
	}

	private static Map<String, String> form(String email) {
		return Map.of("fullName", "Ayesha Khan", "email", email, "password", People.PASSWORD, "role", "FREELANCER",
				"dateOfBirth", LocalDate.now().minusYears(25).toString(), "acceptPolicies", "true");
	}
}
