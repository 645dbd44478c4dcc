package com.alujrat.contracts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;

import com.alujrat.contracts.internal.Agreements;
import com.alujrat.payments.internal.CheckoutStore;
import com.alujrat.payments.internal.SandboxGateway;
import com.alujrat.testing.Api;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.Payments;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ContractApiTests extends PlatformTestSupport {

	@Autowired
	Agreements agreements;

	@Autowired
	SandboxGateway sandbox;

	@Autowired
	CheckoutStore checkouts;

	Marketplace market;

	Person employer;

	Person freelancer;

	Api employerApi;

	Api freelancerApi;

	UUID project;

	UUID bid;

	@BeforeEach
	void aBidOnAProject() {
		market = new Marketplace(port, people, outbox, jdbc);
		employer = market.verified("EMPLOYER");
		freelancer = market.verified("FREELANCER");
		employerApi = market.as(employer);
		freelancerApi = market.as(freelancer);
		project = market.published(employerApi, Map.of());
		bid = market.bid(freelancerApi, project, 6_000_000);
	}

	@Test
	void ofTwoAcceptsRacingExactlyOneStartsAContractAndTheProjectStopsTakingBids() throws Exception {
		UUID offer = offer(List.of(milestone("Store design", 2_000_000), milestone("Checkout", 4_000_000)));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			answers.add(pool.submit(() -> {
				start.await();
				return freelancerApi.post("/api/v1/offers/" + offer + "/accept", Map.of()).status();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		pool.shutdown();

		assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		assertThat(jdbc.sql("select count(*) from contracts.contracts where offer_id = ?").param(offer).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(employerApi.get("/api/v1/projects/" + project).json().get("status").asString()).isEqualTo("HIRED");
		Api another = market.as(market.verified("FREELANCER"));
		assertThat(another.post("/api/v1/projects/" + project + "/bids", Marketplace.bid(1_000_000)).status()).isEqualTo(409);
	}

	@Test
	void onceAContractLinksThemEachSeesTheOthersFullName() {
		String before = employerApi.get("/api/v1/freelancers/" + freelancer.id()).json().get("name").asString();
		UUID contract = accept(offer(List.of(milestone("All of it", 6_000_000))));

		JsonNode seen = freelancerApi.get("/api/v1/contracts/" + contract).json();
		String after = employerApi.get("/api/v1/freelancers/" + freelancer.id()).json().get("name").asString();

		assertThat(before).endsWith(".");
		assertThat(after).doesNotEndWith(".");
		assertThat(seen.get("employer").get("name").asString()).doesNotEndWith(".");
		assertThat(seen.get("freelancer").get("id").asString()).isEqualTo(freelancer.id().toString());
		assertThat(seen.get("milestones").get(0).get("amount").asLong()).isEqualTo(6_000_000);
		assertThat(seen.get("milestones").get(0).get("status").asString()).isEqualTo("AWAITING_FUNDING");
	}

	@Test
	void anExpiredDeclinedOrWithdrawnOfferCannotBeAccepted() {
		UUID expired = offer(List.of(milestone("All of it", 6_000_000)));
		jdbc.sql("update contracts.offers set expires_at = now() - interval '1 minute' where id = ?").param(expired).update();
		assertThat(freelancerApi.post("/api/v1/offers/" + expired + "/accept", Map.of()).status()).isEqualTo(409);
		assertThat(freelancerApi.get("/api/v1/offers/" + expired).json().get("status").asString()).isEqualTo("EXPIRED");

		UUID declined = offer(List.of(milestone("All of it", 6_000_000)));
		assertThat(freelancerApi.post("/api/v1/offers/" + declined + "/decline", Map.of()).status()).isEqualTo(204);
		assertThat(freelancerApi.post("/api/v1/offers/" + declined + "/accept", Map.of()).status()).isEqualTo(409);

		UUID withdrawn = offer(List.of(milestone("All of it", 6_000_000)));
		assertThat(employerApi.post("/api/v1/offers/" + withdrawn + "/withdraw", Map.of()).status()).isEqualTo(204);
		assertThat(freelancerApi.post("/api/v1/offers/" + withdrawn + "/accept", Map.of()).status()).isEqualTo(409);
	}

	@Test
	void offersAndContractsAreNotFoundForAnyoneButTheirParties() {
		UUID offer = offer(List.of(milestone("All of it", 6_000_000)));
		Api stranger = market.as(market.verified("FREELANCER"));
		Api otherEmployer = new Api(port).bearer(people.token(people.verified("EMPLOYER")));

		assertThat(otherEmployer.post("/api/v1/offers", Map.of("bidId", bid, "terms", "Deliver the whole store.",
				"milestones", List.of(milestone("All", 6_000_000)))).status()).isEqualTo(404);
		for (Api other : List.of(stranger, otherEmployer)) {
			assertThat(other.get("/api/v1/offers/" + offer).status()).isEqualTo(404);
			assertThat(other.post("/api/v1/offers/" + offer + "/accept", Map.of()).status()).isEqualTo(404);
			assertThat(other.post("/api/v1/offers/" + offer + "/withdraw", Map.of()).status()).isEqualTo(404);
		}
		assertThat(employerApi.post("/api/v1/offers/" + offer + "/accept", Map.of()).status()).isEqualTo(404);
		assertThat(freelancerApi.post("/api/v1/offers/" + offer + "/withdraw", Map.of()).status()).isEqualTo(404);

		UUID contract = accept(offer);
		String milestone = firstMilestone(contract);
		for (Api other : List.of(stranger, otherEmployer)) {
			assertThat(other.get("/api/v1/contracts/" + contract).status()).isEqualTo(404);
			assertThat(other.post("/api/v1/contracts/" + contract + "/end", Map.of()).status()).isEqualTo(404);
			for (String step : List.of("submit", "approve", "request-changes")) {
				assertThat(other.post("/api/v1/contracts/" + contract + "/milestones/" + milestone + "/" + step,
						Map.of("note", "x")).status()).isEqualTo(404);
			}
		}
		assertThat(freelancerApi.post("/api/v1/contracts/" + contract + "/milestones/" + milestone + "/approve", Map.of())
			.status()).isEqualTo(404);
		assertThat(employerApi.post("/api/v1/contracts/" + contract + "/milestones/" + milestone + "/submit",
				Map.of("note", "Done")).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/me/contracts").json().get("items").size()).isZero();
	}

	@Test
	void aMilestoneMovesOnlyFromFundedToSubmittedToApprovedAndTheLastApprovalCompletesTheContract() {
		UUID contract = accept(offer(List.of(milestone("All of it", 6_000_000))));
		UUID milestone = UUID.fromString(firstMilestone(contract));
		String base = "/api/v1/contracts/" + contract + "/milestones/" + milestone;

		assertThat(employerApi.post(base + "/approve", Map.of()).status()).isEqualTo(409);
		assertThat(freelancerApi.post(base + "/submit", Map.of("note", "Here it is")).status()).isEqualTo(409);

		fund(contract, milestone);
		assertThat(freelancerApi.post(base + "/submit", Map.of("note", "")).hasFieldError("note")).isTrue();
		Api.Response delivered = freelancerApi.multipart(base + "/files", Map.of(),
				Map.of("file", "%PDF-1.4\n%%EOF\n".getBytes()));
		assertThat(delivered.status()).isEqualTo(201);
		assertThat(employerApi.multipart(base + "/files", Map.of(), Map.of("file", "%PDF-1.4\n".getBytes())).status())
			.isEqualTo(404);
		String file = employerApi.get("/api/v1/contracts/" + contract).json().get("milestones").get(0).get("files").get(0)
			.get("url").asString();
		assertThat(employerApi.get(file).status()).isEqualTo(200);
		assertThat(market.as(market.verified("EMPLOYER")).get(file).status()).isEqualTo(404);
		assertThat(freelancerApi.post(base + "/submit", Map.of("note", "The store is live")).status()).isEqualTo(200);
		assertThat(employerApi.post(base + "/request-changes", Map.of("note", "Add Urdu")).json().get("milestones").get(0)
			.get("status").asString()).isEqualTo("CHANGES_REQUESTED");
		assertThat(freelancerApi.post(base + "/submit", Map.of("note", "Urdu added")).status()).isEqualTo(200);
		JsonNode approved = employerApi.post(base + "/approve", Map.of()).json();

		assertThat(approved.get("milestones").get(0).get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(employerApi.post(base + "/approve", Map.of()).status()).isEqualTo(409);
	}

	@Test
	void aSubmissionNobodyAnswersFor14DaysIsApproved() {
		UUID contract = accept(offer(List.of(milestone("One", 3_000_000), milestone("Two", 3_000_000))));
		UUID milestone = UUID.fromString(firstMilestone(contract));
		fund(contract, milestone);
		freelancerApi.post("/api/v1/contracts/" + contract + "/milestones/" + milestone + "/submit", Map.of("note", "Done"));
		agreements.approveOverdue();
		assertThat(milestoneStatus(contract)).isEqualTo("SUBMITTED");

		jdbc.sql("update contracts.milestones set submitted_at = now() - interval '15 days' where id = ?").param(milestone).update();
		agreements.approveOverdue();

		assertThat(milestoneStatus(contract)).isEqualTo("APPROVED");
		assertThat(freelancerApi.get("/api/v1/contracts/" + contract).json().get("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void aContractEndsEarlyOnlyWhenBothAskAndItsFundedMilestonesAreRefunded() {
		UUID contract = accept(offer(List.of(milestone("One", 3_000_000), milestone("Two", 3_000_000))));
		UUID funded = UUID.fromString(firstMilestone(contract));
		fund(contract, funded);

		assertThat(employerApi.post("/api/v1/contracts/" + contract + "/end", Map.of()).json().get("status").asString())
			.isEqualTo("ACTIVE");
		JsonNode ended = freelancerApi.post("/api/v1/contracts/" + contract + "/end", Map.of()).json();

		assertThat(ended.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(ended.get("milestones").get(0).get("status").asString()).isEqualTo("REFUND_REQUESTED");
		assertThat(ended.get("milestones").get(1).get("status").asString()).isEqualTo("CANCELLED");
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "REFUNDED".equals(milestoneStatus(contract)));
		assertThat(jdbc.sql("select status from payments.refunds where milestone_id = ?").param(funded)
			.query(String.class).single()).isEqualTo("SENT");
	}

	@Test
	void aDisputedMilestoneIsFrozenUntilSupportDecidesAndBothPartiesReadTheReason() {
		UUID contract = accept(offer(List.of(milestone("All of it", 6_000_000))));
		UUID milestone = UUID.fromString(firstMilestone(contract));
		String base = "/api/v1/contracts/" + contract;
		assertThat(employerApi.post(base + "/disputes", Map.of("milestoneId", milestone, "reason", "Nothing was delivered"))
			.status()).isEqualTo(409);
		fund(contract, milestone);
		freelancerApi.post(base + "/milestones/" + milestone + "/submit", Map.of("note", "The store is live"));

		Api.Response opened = employerApi.post(base + "/disputes",
				Map.of("milestoneId", milestone, "reason", "The checkout does not work", "evidence", "Screenshots sent"));
		assertThat(opened.status()).isEqualTo(201);
		String dispute = opened.text("id");
		Api.Response evidence = employerApi.multipart(base + "/disputes/" + dispute + "/files", Map.of(),
				Map.of("file", "%PDF-1.4\n%%EOF\n".getBytes()));
		assertThat(evidence.status()).isEqualTo(201);
		String evidenceFile = "/disputes/" + dispute + "/files/" + evidence.text("id");
		assertThat(freelancerApi.get(evidenceFile).status()).isEqualTo(200);
		assertThat(market.as(market.verified("FREELANCER")).get(evidenceFile).status()).isEqualTo(404);
		assertThat(employerApi.post(base + "/milestones/" + milestone + "/approve", Map.of()).status()).isEqualTo(409);
		assertThat(freelancerApi.post(base + "/milestones/" + milestone + "/submit", Map.of("note", "Again")).status()).isEqualTo(409);
		assertThat(market.as(market.verified("EMPLOYER")).get(base + "/disputes").status()).isEqualTo(404);
		assertThat(freelancerApi.get("/api/v1/staff/disputes").status()).isEqualTo(403);

		Person supportPerson = people.staff(com.alujrat.accounts.StaffRole.SUPPORT);
		Api support = new Api(port).bearer(people.token(supportPerson));
		assertThat(support.get("/api/v1/staff/disputes/" + dispute).status()).isEqualTo(404);
		assertThat(support.get("/api/v1/staff/disputes").body()).doesNotContain("checkout");
		assertThat(support.get("/api/v1/staff/disputes/" + dispute + "?purpose=DISPUTE").json().get("contract").get("terms")
			.asString()).isNotBlank();
		assertThat(support.post("/api/v1/staff/disputes/" + dispute + "/decision",
				Map.of("decision", "SPLIT", "freelancerShare", 6_000_000, "reason", "Half done")).hasFieldError("freelancerShare"))
			.isTrue();
		assertThat(support.post("/api/v1/staff/disputes/" + dispute + "/decision",
				Map.of("decision", "SPLIT", "freelancerShare", 2_000_000, "reason", "The store works but checkout does not")).status())
			.isEqualTo(204);

		assertThat(milestoneStatus(contract)).isEqualTo("SPLIT");
		assertThat(freelancerApi.get(base).json().get("status").asString()).isEqualTo("COMPLETED");
		assertThat(freelancerApi.get(base + "/disputes").json().get(0).get("decisionReason").asString())
			.isEqualTo("The store works but checkout does not");
		assertThat(support.post("/api/v1/staff/disputes/" + dispute + "/decision",
				Map.of("decision", "RELEASE", "reason", "Again")).status()).isEqualTo(409);
		assertThat(support.get(evidenceFile).status()).isEqualTo(200);
		assertThat(jdbc.sql("select purpose from contracts.staff_views where viewer_id = ?").param(supportPerson.id())
			.query(String.class).list()).containsExactly("DISPUTE", "DISPUTE");
		outbox.await(freelancer.email(), "decided");
	}

	@Test
	void anOffersMilestonesMakeItsTotalAndBadRowsAreNamed() {
		String path = "/api/v1/offers";
		assertThat(employerApi.post(path, Map.of("bidId", bid, "terms", "Deliver the whole store.", "total", 5_000_000,
				"milestones", List.of(milestone("All", 6_000_000)))).hasFieldError("total")).isTrue();
		assertThat(employerApi.post(path, Map.of("bidId", bid, "terms", "Deliver the whole store.",
				"milestones", List.of(milestone("One", 6_000_000), Map.of("title", "Two")))).hasFieldError("milestones[1].amount"))
			.isTrue();
		assertThat(employerApi.post(path, Map.of("bidId", bid, "terms", "Deliver the whole store.", "milestones", List.of()))
			.hasFieldError("milestones")).isTrue();
		assertThat(freelancerApi.post(path, Map.of("bidId", bid, "terms", "Deliver the whole store.",
				"milestones", List.of(milestone("All", 6_000_000)))).status()).isEqualTo(403);
	}

	private UUID offer(List<Map<String, Object>> milestones) {
		Api.Response sent = employerApi.post("/api/v1/offers",
				Map.of("bidId", bid, "terms", "Deliver the whole store, tested on Android.", "milestones", milestones));
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		return UUID.fromString(sent.text("id"));
	}

	/** The employer pays the milestone through the sandbox gateway; it is funded once payments says so. */
	private void fund(UUID contract, UUID milestone) {
		new Payments(port, sandbox, checkouts).pay(employerApi, "MILESTONE", milestone);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "FUNDED".equals(milestoneStatus(contract)));
	}

	private UUID accept(UUID offer) {
		Api.Response accepted = freelancerApi.post("/api/v1/offers/" + offer + "/accept", Map.of());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
		return UUID.fromString(accepted.text("id"));
	}

	private String firstMilestone(UUID contract) {
		return employerApi.get("/api/v1/contracts/" + contract).json().get("milestones").get(0).get("id").asString();
	}

	private String milestoneStatus(UUID contract) {
		return jdbc.sql("select status from contracts.milestones where contract_id = ? and position = 1")
			.param(contract).query(String.class).single();
	}

	private static Map<String, Object> milestone(String title, long amount) {
		return Map.of("title", title, "amount", amount);
	}
}
