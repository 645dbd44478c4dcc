package com.alujrat.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.alujrat.contracts.internal.Agreements;
import com.alujrat.payments.EscrowFunded;
import com.alujrat.shared.Money;
import com.alujrat.testing.Api;
import com.alujrat.testing.Images;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.PlatformTestSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@EnableScenarios
class ServiceApiTests extends PlatformTestSupport {

	@Autowired
	Agreements agreements;

	Marketplace market;

	Api freelancer;

	@BeforeEach
	void aVerifiedFreelancer() {
		market = new Marketplace(port, people, outbox, jdbc);
		freelancer = market.as(market.verified("FREELANCER"));
	}

	@Test
	void registeredUsersSeeServicesAndVisitorsGetNotFound() {
		String word = Marketplace.uniqueWord();
		UUID service = list(Map.of("title", "Urdu translation of " + word + " documents"));
		Api employer = new Api(port).bearer(people.token(people.verified("EMPLOYER")));

		assertThat(api.get("/api/v1/services/" + service).status()).isEqualTo(404);
		assertThat(api.get("/services/" + service).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/services?q=" + word).status()).isEqualTo(401);
		assertThat(employer.get("/api/v1/services/" + service).json().get("packages").get(0).get("price").asLong())
			.isEqualTo(500_000);
		assertThat(employer.get("/services/" + service).body()).contains(word);
		assertThat(ids(employer.get("/api/v1/services?q=" + word + "&category=writing"))).containsExactly(service.toString());
		assertThat(ids(employer.get("/api/v1/services?q=" + word + "&category=software"))).isEmpty();
	}

	@Test
	void onlyAnIdentityVerifiedFreelancerListsAndBadPackagesAreNamed() {
		Api unverified = new Api(port).bearer(people.token(people.verified("FREELANCER")));
		Api employer = new Api(port).bearer(people.token(people.verified("EMPLOYER")));

		assertThat(unverified.post("/api/v1/services", body(Map.of())).status()).isEqualTo(403);
		assertThat(employer.post("/api/v1/services", body(Map.of())).status()).isEqualTo(403);
		assertThat(freelancer.post("/api/v1/services", body(Map.of("packages", List.of()))).hasFieldError("packages")).isTrue();
		assertThat(freelancer.post("/api/v1/services", body(Map.of("packages", List.of(Map.of("name", "Basic", "price", 0,
				"deliveryDays", 3, "revisions", 1, "description", "One page")))))
			.hasFieldError("packages[0].price")).isTrue();
	}

	@Test
	void anOrderStartsAContractWithOneMilestoneAtThePackagePriceAndOnlyItsRevisions(Scenario scenario) {
		UUID service = list(Map.of());
		Api employer = market.as(market.verified("EMPLOYER"));
		assertThat(employer.post("/api/v1/services/" + service + "/orders", Map.of("package", 1, "answers", List.of()))
			.hasFieldError("answers[0]")).isTrue();
		assertThat(freelancer.post("/api/v1/services/" + service + "/orders", Map.of("package", 1, "answers", List.of("x")))
			.status()).isEqualTo(403);

		Api.Response ordered = employer.post("/api/v1/services/" + service + "/orders",
				Map.of("package", 2, "answers", List.of("A birth certificate, two pages")));
		assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
		UUID contract = UUID.fromString(ordered.text("contractId"));
		JsonNode seen = freelancer.get("/api/v1/contracts/" + contract).json();
		assertThat(seen.get("milestones").size()).isEqualTo(1);
		assertThat(seen.get("milestones").get(0).get("amount").asLong()).isEqualTo(900_000);
		assertThat(seen.get("terms").asString()).contains("A birth certificate, two pages");

		UUID milestone = UUID.fromString(seen.get("milestones").get(0).get("id").asString());
		scenario.publish(new EscrowFunded(contract, milestone, new Money(900_000)))
			.andWaitForStateChange(() -> status(contract), "FUNDED"::equals)
			.andVerify(status -> assertThat(status).isEqualTo("FUNDED"));
		String base = "/api/v1/contracts/" + contract + "/milestones/" + milestone;
		freelancer.post(base + "/submit", Map.of("note", "Translated"));
		assertThat(employer.post(base + "/request-changes", Map.of("note", "Fix the name")).status()).isEqualTo(200);
		freelancer.post(base + "/submit", Map.of("note", "Fixed"));
		assertThat(employer.post(base + "/request-changes", Map.of("note", "Again")).status()).isEqualTo(409);

		jdbc.sql("update contracts.milestones set submitted_at = now() - interval '4 days' where id = ?").param(milestone).update();
		agreements.approveOverdue();
		assertThat(status(contract)).isEqualTo("APPROVED");
	}

	@Test
	void galleryImagesAreCheckedByContentAndAddedOnlyByTheOwner() {
		UUID service = list(Map.of());
		Api other = market.as(market.verified("FREELANCER"));

		assertThat(freelancer.multipart("/api/v1/services/" + service + "/images", Map.of(),
				Map.of("image", "%PDF-1.4 not an image".getBytes())).hasFieldError("image")).isTrue();
		assertThat(other.multipart("/api/v1/services/" + service + "/images", Map.of(),
				Map.of("image", Images.jpeg(800, 600))).status()).isEqualTo(404);
		assertThat(freelancer.multipart("/api/v1/services/" + service + "/images", Map.of(),
				Map.of("image", Images.jpeg(800, 600))).status()).isEqualTo(201);
		assertThat(other.get("/services/" + service + "/images/1").contentType()).startsWith("image/");
		assertThat(api.get("/services/" + service + "/images/1").status()).isEqualTo(404);
	}

	private UUID list(Map<String, Object> changes) {
		Api.Response listed = freelancer.post("/api/v1/services", body(changes));
		assertThat(listed.status()).as(listed.body()).isEqualTo(201);
		return UUID.fromString(listed.text("id"));
	}

	private static Map<String, Object> body(Map<String, Object> changes) {
		Map<String, Object> body = new HashMap<>(Map.of("title", "Urdu to English translation of documents",
				"description", "Certified-style translation of birth certificates, degrees and letters.",
				"category", "writing", "skills", List.of("urdu-english-translation"),
				"packages", List.of(
						Map.of("name", "One page", "price", 500_000, "deliveryDays", 2, "revisions", 1, "description", "One page"),
						Map.of("name", "Three pages", "price", 900_000, "deliveryDays", 4, "revisions", 1, "description", "Up to three")),
				"questions", List.of("What is the document?")));
		body.putAll(changes);
		return body;
	}

	private String status(UUID contract) {
		return jdbc.sql("select status from contracts.milestones where contract_id = ?").param(contract)
			.query(String.class).single();
	}

	private static List<String> ids(Api.Response response) {
		List<String> ids = new ArrayList<>();
		response.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}
}
