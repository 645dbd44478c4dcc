package com.alujrat.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import tools.jackson.databind.JsonNode;

import com.alujrat.accounts.StaffRole;
import com.alujrat.testing.Api;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.People;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DataRightsTests extends PlatformTestSupport {

	/** The ZIP's entries by name, as text. */
	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

	@Test
	void theExportHoldsEveryCategoryYourDataListsAndOfOthersOnlyWhatWasSharedWithTheUser() throws IOException {
		Marketplace market = new Marketplace(port, people, outbox, jdbc);
		Person employer = market.verified("EMPLOYER");
		Api employerApi = market.as(employer);
		UUID project = market.published(employerApi, Map.of());
		Person freelancer = market.verified("FREELANCER");
		Api freelancerApi = market.as(freelancer);
		market.bid(freelancerApi, project, 4_000_000);
		String conversation = employerApi.post("/api/v1/conversations",
				Map.of("participantId", freelancer.id(), "projectId", project)).text("id");
		employerApi.post("/api/v1/conversations/" + conversation + "/messages",
				Map.of("body", "Call me on 0300 7654321 about the store"));
		freelancerApi.post("/api/v1/conversations/" + conversation + "/messages",
				Map.of("body", "Happy to help with the Shopify theme"));

		JsonNode data = freelancerApi.get("/api/v1/me/data").json();
		Set<String> listed = new HashSet<>();
		data.path("items").forEach(item -> listed.add(item.path("category").asString()));
		assertThat(listed).contains("account", "verification", "profile", "projects", "bids", "contracts", "messages",
				"payments", "consents", "notifications");
		assertThat(data.path("items").findValues("category").size()).isEqualTo(listed.size());

		Api.Response wrong = freelancerApi.post("/api/v1/me/data-exports", Map.of("password", "not-it"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.hasFieldError("password")).isTrue();
		Api.Response requested = freelancerApi.post("/api/v1/me/data-exports", Map.of("password", People.PASSWORD));
		assertThat(requested.status()).isEqualTo(202);
		String id = requested.text("id");
		JsonNode ready = Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> freelancerApi.get("/api/v1/me/data-exports/" + id).json(),
					export -> "READY".equals(export.path("status").asString()));
		assertThat(ready.path("progress").asInt()).isEqualTo(100);
		assertThat(outbox.await(freelancer.email(), "Your copy of your data is ready").text()).contains("/account/data");

		Api.Download download = freelancerApi.download(ready.path("downloadUrl").asString());
		assertThat(download.status()).isEqualTo(200);
		Map<String, String> zip = unzip(download.bytes());
		Set<String> files = new HashSet<>();
		zip.keySet().stream().filter(name -> name.endsWith(".json")).forEach(name -> files.add(name.replace(".json", "")));
		assertThat(files).isEqualTo(listed);
		assertThat(zip.get("README.md")).contains("messages.json", "paisa");
		assertThat(zip.get("messages.json")).contains("Happy to help with the Shopify theme", "about the store")
			.doesNotContain("7654321");
		assertThat(zip.get("account.json")).contains(freelancer.email());
		String everything = String.join("\n", zip.values());
		String employerPhone = jdbc.sql("select phone_e164 from verification.phones where user_id = ?")
			.param(employer.id())
			.query(String.class)
			.single();
		assertThat(everything).doesNotContain(employer.email()).doesNotContain(employerPhone.substring(3));

		Api stranger = employerApi;
		assertThat(stranger.get("/api/v1/me/data-exports/" + id).status()).isEqualTo(404);
		assertThat(stranger.download("/api/v1/me/data-exports/" + id + "/download").status()).isEqualTo(404);

		jdbc.sql("update privacy.data_exports set expires_at = now() - interval '1 minute' where id = ?::uuid")
			.param(id)
			.update();
		assertThat(freelancerApi.download("/api/v1/me/data-exports/" + id + "/download").status()).isEqualTo(410);
		assertThat(freelancerApi.get("/api/v1/me/data-exports/" + id).json().path("downloadUrl").isNull()).isTrue();
	}

	@Test
	void whoSawMyDataListsEachStaffLookWithRoleAndPurposeForThatUserOnly() {
		Person owner = people.verified("FREELANCER");
		Api ownerApi = new Api(port).bearer(people.token(owner));
		assertThat(ownerApi.get("/api/v1/me/access-log").json().path("items").size()).isZero();

		Api admin = new Api(port).bearer(people.token(people.staff(StaffRole.ADMIN)));
		assertThat(admin.get("/api/v1/freelancers/" + owner.id() + "?purpose=FRAUD_CHECK").status()).isEqualTo(200);

		JsonNode look = ownerApi.get("/api/v1/me/access-log").json().path("items").get(0);
		assertThat(look.path("role").asString()).isEqualTo("ADMIN");
		assertThat(look.path("purpose").asString()).isEqualTo("FRAUD_CHECK");
		assertThat(look.path("what").asString()).isEqualTo("Your full profile");
		Api other = new Api(port).bearer(people.token(people.verified("EMPLOYER")));
		assertThat(other.get("/api/v1/me/access-log").json().path("items").size()).isZero();
	}

	@Test
	void consentChoicesAreReadAndChangedAndMarketingFollows() {
		Person person = people.verified("EMPLOYER");
		Api personApi = new Api(port).bearer(people.token(person));
		JsonNode none = personApi.get("/api/v1/me/consent").json();
		assertThat(none.path("analytics").asBoolean()).isFalse();
		assertThat(none.path("marketing").asBoolean()).isFalse();

		JsonNode chosen = personApi.put("/api/v1/me/consent", Map.of("preferences", true, "analytics", true,
				"marketing", true)).json();
		assertThat(chosen.path("analytics").asBoolean()).isTrue();
		assertThat(personApi.get("/api/v1/me/consent").json().path("marketing").asBoolean()).isTrue();
		personApi.put("/api/v1/me/consent", Map.of("analytics", false));
		JsonNode withdrawn = personApi.get("/api/v1/me/consent").json();
		assertThat(withdrawn.path("analytics").asBoolean()).isFalse();
		assertThat(withdrawn.path("marketing").asBoolean()).isFalse();
	}
}
