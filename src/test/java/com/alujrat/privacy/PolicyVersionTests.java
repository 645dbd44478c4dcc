package com.alujrat.privacy;

import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.alujrat.accounts.StaffRole;
import com.alujrat.testing.Api;
import com.alujrat.testing.Browserless;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.People;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PolicyVersionTests extends PlatformTestSupport {

	@Test
	void thePoliciesAreServedAsVersionsWithTheHostingRegionAndRetentionAsConfigured() {
		String privacy = new Browserless(port).get("/privacy").body();
		assertThat(privacy).contains("Last Updated: June 5, 2025", "Servers may be located in various regions.",
				"privacy@alujrat.com")
			.doesNotContain("Placeholder", "{{");
		assertThat(privacy).contains("deleted after 1 year", "kept indefinitely");

		JsonNode current = api.get("/api/v1/policies/privacy").json();
		assertThat(current.path("markdown").asString()).startsWith("# Privacy Policy").doesNotContain("{{");
		assertThat(current.path("html").asString()).contains("<h1>Privacy Policy</h1>");
		assertThat(api.get("/api/v1/policies/privacy/versions").json().path("items").size()).isPositive();
		assertThat(api.get("/api/v1/policies/cookies").status()).isEqualTo(404);
		JsonNode urdu = new Api(port).header("Accept-Language", "ur").get("/api/v1/policies/refunds").json();
		assertThat(urdu.path("language").asString()).isEqualTo("ur");
		assertThat(urdu.path("markdown").asString()).contains("ایسکرو");
		assertThat(new Browserless(port).get("/refund-policy").body()).contains("escrow");
	}

	@Test
	void aMaterialChangeIsMailedAndBannedUntilAcknowledgedAndOnlyLegalPublishes() {
		Person member = people.verified("FREELANCER");
		Api memberApi = new Api(port).bearer(people.token(member));
		Api legal = new Api(port).bearer(people.token(people.staff(StaffRole.LEGAL)));
		String word = Marketplace.uniqueWord();
		Map<String, Object> version = Map.of("kind", "terms", "version", "v-" + word, "summary",
				"Disputes now go to mediation first " + word, "bodyEn",
				"# Terms\n\nMediation first.\n\n<script>alert(1)</script> [click](javascript:alert%281%29)", "material", true);

		assertThat(memberApi.post("/api/v1/staff/policies", version).status()).isEqualTo(403);
		assertThat(legal.post("/api/v1/staff/policies", Map.of("kind", "terms", "version", "", "bodyEn", "x"))
			.hasFieldError("version")).isTrue();
		Api.Response published = legal.post("/api/v1/staff/policies", version);
		assertThat(published.status()).isEqualTo(201);
		String id = published.text("id");
		try {
			JsonNode shown = api.get("/api/v1/policies/terms").json();
			assertThat(shown.path("id").asString()).isEqualTo(id);
			assertThat(shown.path("html").asString()).contains("&lt;script&gt;").doesNotContain("<script>", "href=\"javascript");
			assertThat(legal.post("/api/v1/staff/policies", version).status()).as("version names are unique").isEqualTo(409);

			assertThat(memberApi.get("/api/v1/me/policy-acknowledgements").json().path("items").get(0).path("id")
				.asString()).isEqualTo(id);
			Browserless browser = new Browserless(port);
			browser.submit("/login", Map.of("email", member.email(), "password", People.PASSWORD));
			assertThat(browser.get("/dashboard").body()).contains("data-testid=\"page-notice\"", "mediation first " + word);
			assertThat(Awaitility.await().atMost(Duration.ofSeconds(60))
				.until(() -> outbox.count(member.email(), "We changed our Terms"), n -> n > 0)).isEqualTo(1);

			Person newcomer = people.verified("EMPLOYER");
			assertThat(new Api(port).bearer(people.token(newcomer)).get("/api/v1/me/policy-acknowledgements").json()
				.path("items").size()).as("accepted at sign-up").isZero();

			assertThat(memberApi.post("/api/v1/me/policy-acknowledgements", Map.of("versionId", id)).status())
				.isEqualTo(204);
			assertThat(memberApi.get("/api/v1/me/policy-acknowledgements").json().path("items").size()).isZero();
			assertThat(browser.get("/dashboard").body()).doesNotContain("mediation first " + word);
			assertThat(jdbc.sql("select count(*) from privacy.policy_acknowledgements where user_id = ? and version_id = ?::uuid")
				.params(member.id(), id).query(Long.class).single()).isEqualTo(1);
			assertThat(api.get("/api/v1/policies/terms/versions").json().path("items").size()).isGreaterThanOrEqualTo(2);
		}
		finally {
			// Users of later tests must not meet this test's banner.
			jdbc.sql("update privacy.policy_versions set material = false where id = ?::uuid").param(id).update();
		}
	}
}
