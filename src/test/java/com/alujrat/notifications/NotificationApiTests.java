package com.alujrat.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.alujrat.testing.Api;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class NotificationApiTests extends PlatformTestSupport {

	Marketplace market;

	Person employer;

	Api employerApi;

	UUID project;

	@BeforeEach
	void anEmployerWithAProject() {
		market = new Marketplace(port, people, outbox, jdbc);
		employer = market.verified("EMPLOYER");
		employerApi = market.as(employer);
		project = market.published(employerApi, Map.of());
	}

	private JsonNode notifications(Api who) {
		return who.get("/api/v1/notifications").json();
	}

	private void aBid() {
		market.bid(market.as(market.verified("FREELANCER")), project, 5_000_000);
	}

	/** The user's notifications about bids, once there are {@code count} of them. */
	private List<JsonNode> awaitBids(Api who, int count) {
		return Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> bids(who), bids -> bids.size() >= count);
	}

	private List<JsonNode> bids(Api who) {
		List<JsonNode> bids = new java.util.ArrayList<>();
		notifications(who).path("items").forEach(item -> {
			if ("BIDS".equals(item.path("topic").asString())) {
				bids.add(item);
			}
		});
		return bids;
	}

	@Test
	void aBidShowsUnderTheBellAndIsMailedAndCanBeMarkedRead() {
		employerApi.post("/api/v1/notifications/read-all", Map.of());
		aBid();
		JsonNode notice = awaitBids(employerApi, 1).get(0);
		assertThat(notice.path("title").asString()).startsWith("New bid on");
		assertThat(notice.path("link").asString()).isEqualTo("/projects/" + project);
		assertThat(notice.path("read").asBoolean()).isFalse();
		assertThat(notifications(employerApi).path("unread").asInt()).isEqualTo(1);
		assertThat(outbox.await(employer.email(), "New bid on")).isNotNull();

		assertThat(employerApi.post("/api/v1/notifications/" + notice.path("id").asString() + "/read", Map.of()).status())
			.isEqualTo(204);
		assertThat(notifications(employerApi).path("unread").asInt()).isZero();
		assertThat(bids(employerApi).get(0).path("read").asBoolean()).isTrue();
	}

	@Test
	void nobodyMarksOrSeesAnotherUsersNotifications() {
		aBid();
		String id = awaitBids(employerApi, 1).get(0).path("id").asString();
		Api other = market.as(market.verified("EMPLOYER"));
		assertThat(other.post("/api/v1/notifications/" + id + "/read", Map.of()).status()).isEqualTo(404);
		assertThat(notifications(other).path("items").toString()).doesNotContain(id);
		assertThat(new Api(port).get("/api/v1/notifications").status()).isEqualTo(401);
	}

	@Test
	void readAllClearsTheCount() {
		aBid();
		aBid();
		awaitBids(employerApi, 2);
		assertThat(employerApi.post("/api/v1/notifications/read-all", Map.of()).status()).isEqualTo(204);
		assertThat(notifications(employerApi).path("unread").asInt()).isZero();
	}

	@Test
	void aTopicSetToAppOnlyIsNotMailedAndOneTurnedOffIsNotShown() {
		Api.Response saved = employerApi.put("/api/v1/me/notification-preferences",
				Map.of("topics", List.of(Map.of("topic", "BIDS", "delivery", "IN_APP"))));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		aBid();
		awaitBids(employerApi, 1);
		Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
			.until(() -> outbox.count(employer.email(), "New bid on") == 0);

		employerApi.put("/api/v1/me/notification-preferences", Map.of("topics", List.of(Map.of("topic", "BIDS", "delivery", "OFF"))));
		aBid();
		Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
			.until(() -> bids(employerApi).size() == 1);
		JsonNode topics = employerApi.get("/api/v1/me/notification-preferences").json().path("topics");
		assertThat(topics.toString()).contains("{\"topic\":\"BIDS\",\"delivery\":\"OFF\",\"locked\":false}");
	}

	@Test
	void securityAccountAndPolicyNoticesCannotBeTurnedOff() {
		Api.Response refused = employerApi.put("/api/v1/me/notification-preferences",
				Map.of("topics", List.of(Map.of("topic", "SECURITY", "delivery", "OFF"))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.hasFieldError("topics")).isTrue();
		assertThat(employerApi.get("/api/v1/me/notification-preferences").json().path("topics").toString())
			.contains("{\"topic\":\"SECURITY\",\"delivery\":\"EMAIL\",\"locked\":true}");
		assertThat(employerApi.put("/api/v1/me/notification-preferences",
				Map.of("topics", List.of(Map.of("topic", "NOT_A_TOPIC", "delivery", "OFF")))).status()).isEqualTo(400);
	}

	@org.springframework.beans.factory.annotation.Autowired
	com.alujrat.projects.internal.SavedSearches savedSearches;

	@Test
	void aSavedSearchTellsItsOwnerOfNewMatchesOnce() {
		Person freelancer = market.verified("FREELANCER");
		Api freelancerApi = market.as(freelancer);
		String word = Marketplace.uniqueWord();
		assertThat(freelancerApi.post("/api/v1/me/saved-searches", Map.of("name", "Stores " + word, "query", "q=" + word))
			.status()).isEqualTo(201);
		market.published(employerApi, Map.of("title", "Shopify store " + word));
		savedSearches.notifyNewMatches();
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> freelancerApi.get("/api/v1/notifications").body().contains("SAVED_SEARCHES"));
		assertThat(freelancerApi.get("/api/v1/notifications").body()).contains("1 new projects match").contains("Stores " + word);
		int before = freelancerApi.get("/api/v1/notifications").json().path("items").size();
		savedSearches.notifyNewMatches();
		assertThat(freelancerApi.get("/api/v1/notifications").json().path("items").size()).isEqualTo(before);
	}

	@org.springframework.beans.factory.annotation.Autowired
	Notifications notifications;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void aCriticalSecurityAlertIsTextedToTheVerifiedPhoneAsWellAsMailedAndShown() {
		String phone = jdbc.sql("select phone_e164 from verification.phones where user_id = ?").param(employer.id())
			.query(String.class).single();
		transactions.executeWithoutResult(status -> notifications.alert(new com.alujrat.shared.UserId(employer.id()),
				"passwordChanged", "/account/security"));
		assertThat(outbox.await(phone, "SMS").text()).contains("password was changed");
		assertThat(outbox.await(employer.email(), "password was changed")).isNotNull();
		assertThat(notifications(employerApi).toString()).contains("\"topic\":\"SECURITY\"");
	}

	@Test
	void marketingIsOffUntilTheUserOptsIn() {
		assertThat(employerApi.get("/api/v1/me/notification-preferences").json().path("marketing").asBoolean()).isFalse();
		assertThat(employerApi.put("/api/v1/me/notification-preferences", Map.of("marketing", true)).json()
			.path("marketing").asBoolean()).isTrue();
	}
}
