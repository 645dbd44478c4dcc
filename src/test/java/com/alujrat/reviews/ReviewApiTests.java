package com.alujrat.reviews;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.alujrat.accounts.StaffRole;
import com.alujrat.testing.Api;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ReviewApiTests extends PlatformTestSupport {

	Marketplace market;

	Person employer;

	Person freelancer;

	Api employerApi;

	Api freelancerApi;

	UUID contract;

	@BeforeEach
	void aContract() {
		market = new Marketplace(port, people, outbox, jdbc);
		employer = market.verified("EMPLOYER");
		freelancer = market.verified("FREELANCER");
		employerApi = market.as(employer);
		freelancerApi = market.as(freelancer);
		UUID project = market.published(employerApi, Map.of());
		UUID bid = market.bid(freelancerApi, project, 6_000_000);
		UUID offer = UUID.fromString(employerApi.post("/api/v1/offers", Map.of("bidId", bid, "terms",
				"The whole store, tested on Android.", "milestones", List.of(Map.of("title", "All", "amount", 6_000_000))))
			.text("id"));
		contract = UUID.fromString(freelancerApi.post("/api/v1/offers/" + offer + "/accept", Map.of()).text("id"));
	}

	@Test
	void noReviewBeforeTheContractEndsAndOnlyOneAfter() {
		assertThat(employerApi.post(review(), Map.of("rating", 5, "text", "Great")).status()).isEqualTo(409);
		end();

		assertThat(employerApi.post(review(), Map.of("rating", 0, "text", "Great")).hasFieldError("rating")).isTrue();
		assertThat(employerApi.post(review(), Map.of("rating", 5, "text", "Great work")).status()).isEqualTo(201);
		assertThat(employerApi.post(review(), Map.of("rating", 1, "text", "Changed my mind")).status()).isEqualTo(409);
		Api stranger = new Api(port).bearer(people.token(people.verified("EMPLOYER")));
		assertThat(stranger.post(review(), Map.of("rating", 1, "text", "Never met them")).status()).isEqualTo(404);
	}

	@Test
	void neitherSeesTheOthersReviewUntilBothAreInOrTheWindowCloses() {
		end();
		employerApi.post(review(), Map.of("rating", 4, "text", "Good store, a little late"));

		JsonNode hidden = freelancerApi.get("/api/v1/users/" + freelancer.id() + "/reviews").json();
		assertThat(hidden.get("items").size()).isZero();
		assertThat(hidden.get("count").asInt()).isZero();

		freelancerApi.post(review(), Map.of("rating", 5, "text", "Clear brief, paid on time"));
		JsonNode shown = employerApi.get("/api/v1/users/" + freelancer.id() + "/reviews").json();
		assertThat(shown.get("items").get(0).get("text").asString()).isEqualTo("Good store, a little late");
		assertThat(shown.get("average").asDouble()).isEqualTo(4.0);
		assertThat(freelancerApi.get("/api/v1/freelancers/" + freelancer.id()).json().get("rating").get("count").asInt())
			.isEqualTo(1);
	}

	@Test
	void aLoneReviewIsShownOnceTheWindowHasClosedAndTheLateOneIsRefused() {
		end();
		employerApi.post(review(), Map.of("rating", 3, "text", "Fine"));
		jdbc.sql("update reviews.reviews set window_closes_at = now() - interval '1 minute' where contract_id = ?")
			.param(contract).update();
		jdbc.sql("update contracts.contracts set ended_at = now() - interval '15 days' where id = ?").param(contract).update();

		assertThat(freelancerApi.get("/api/v1/users/" + freelancer.id() + "/reviews").json().get("count").asInt())
			.isEqualTo(1);
		assertThat(freelancerApi.post(review(), Map.of("rating", 5, "text", "Late")).status()).isEqualTo(409);
	}

	@Test
	void staffHideAbusiveTextTheRatingStaysAndTheAuthorIsTold() {
		end();
		employerApi.post(review(), Map.of("rating", 1, "text", "Something abusive"));
		freelancerApi.post(review(), Map.of("rating", 5, "text", "Fine"));
		String id = employerApi.get("/api/v1/users/" + freelancer.id() + "/reviews").json().get("items").get(0).get("id").asString();
		Api support = new Api(port).bearer(people.token(people.staff(StaffRole.SUPPORT)));

		assertThat(freelancerApi.post("/api/v1/staff/reviews/" + id + "/hide", Map.of("reason", "x")).status()).isEqualTo(403);
		assertThat(support.post("/api/v1/staff/reviews/" + id + "/hide", Map.of("reason", "")).hasFieldError("reason")).isTrue();
		assertThat(support.post("/api/v1/staff/reviews/" + id + "/hide", Map.of("reason", "Insults")).status()).isEqualTo(204);

		JsonNode shown = freelancerApi.get("/api/v1/users/" + freelancer.id() + "/reviews").json().get("items").get(0);
		assertThat(shown.get("text").isNull()).isTrue();
		assertThat(shown.get("hidden").asBoolean()).isTrue();
		assertThat(shown.get("rating").asInt()).isEqualTo(1);
		assertThat(outbox.await(employer.email(), "hidden").text()).contains("Insults");
	}

	private void end() {
		assertThat(employerApi.post("/api/v1/contracts/" + contract + "/end", Map.of()).status()).isEqualTo(200);
		assertThat(freelancerApi.post("/api/v1/contracts/" + contract + "/end", Map.of()).status()).isEqualTo(200);
	}

	private String review() {
		return "/api/v1/contracts/" + contract + "/review";
	}
}
