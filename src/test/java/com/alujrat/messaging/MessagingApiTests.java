package com.alujrat.messaging;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.alujrat.accounts.StaffRole;
import com.alujrat.messaging.internal.UnreadDigest;
import com.alujrat.testing.Api;
import com.alujrat.testing.Images;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.LiveClient;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MessagingApiTests extends PlatformTestSupport {

	@Autowired
	UnreadDigest digest;

	@Autowired
	com.alujrat.payments.internal.SandboxGateway sandbox;

	@Autowired
	com.alujrat.payments.internal.CheckoutStore checkouts;

	Marketplace market;

	Person employer;

	Person freelancer;

	Api employerApi;

	Api freelancerApi;

	UUID project;

	@BeforeEach
	void anEmployerAndABidder() {
		market = new Marketplace(port, people, outbox, jdbc);
		employer = market.verified("EMPLOYER");
		freelancer = market.verified("FREELANCER");
		employerApi = market.as(employer);
		freelancerApi = market.as(freelancer);
		project = market.published(employerApi, Map.of());
		market.bid(freelancerApi, project, 5_000_000);
	}

	private UUID talk() {
		Api.Response started = employerApi.post("/api/v1/conversations",
				Map.of("participantId", freelancer.id(), "projectId", project));
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		return UUID.fromString(started.text("id"));
	}

	private Api.Response write(Api who, UUID conversation, String body) {
		return who.post("/api/v1/conversations/" + conversation + "/messages", Map.of("body", body));
	}

	private JsonNode messages(Api who, UUID conversation) {
		Api.Response page = who.get("/api/v1/conversations/" + conversation + "/messages");
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return page.json().path("items");
	}

	@Test
	void anEmployerMayWriteToABidderAndGetsTheSameConversationTwice() {
		UUID conversation = talk();
		Api.Response again = employerApi.post("/api/v1/conversations",
				Map.of("participantId", freelancer.id(), "projectId", project));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.text("id")).isEqualTo(conversation.toString());
		// The freelancer asking about the same project finds the employer's conversation.
		Api.Response asked = freelancerApi.post("/api/v1/conversations",
				Map.of("participantId", employer.id(), "projectId", project));
		assertThat(asked.status()).isEqualTo(200);
		assertThat(asked.text("id")).isEqualTo(conversation.toString());
	}

	@Test
	void aFreelancerMayNotWriteFirstToAnEmployer() {
		Api.Response cold = freelancerApi.post("/api/v1/conversations",
				Map.of("participantId", employer.id(), "projectId", project));
		assertThat(cold.status()).isEqualTo(403);
		assertThat(cold.body()).contains("Freelancers cannot write first");
	}

	@Test
	void anEmployerMayNotWriteAboutAProjectToSomeoneWhoNeitherBidNorWasInvited() {
		Person stranger = market.verified("FREELANCER");
		Api.Response refused = employerApi.post("/api/v1/conversations",
				Map.of("participantId", stranger.id(), "projectId", project));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(employerApi.post("/api/v1/conversations", Map.of("participantId", freelancer.id()))
			.hasFieldError("projectId")).isTrue();
		assertThat(employerApi.post("/api/v1/conversations", Map.of("participantId", employer.id(), "projectId", project))
			.status()).isIn(400, 403);
	}

	@Test
	void eitherPartyOfAContractMayStartAConversationAboutItAndNobodyElse() {
		Marketplace.Contract contract = market.contract(employerApi, freelancerApi, 3_000_000);
		Api.Response byFreelancer = freelancerApi.post("/api/v1/conversations",
				Map.of("participantId", employer.id(), "contractId", contract.id()));
		assertThat(byFreelancer.status()).as(byFreelancer.body()).isEqualTo(201);
		Person outsider = market.verified("FREELANCER");
		assertThat(market.as(outsider)
			.post("/api/v1/conversations", Map.of("participantId", employer.id(), "contractId", contract.id()))
			.status()).isEqualTo(403);
		Person staff = people.staff(StaffRole.SUPPORT);
		assertThat(new Api(port).bearer(people.token(staff))
			.post("/api/v1/conversations", Map.of("participantId", employer.id(), "contractId", contract.id()))
			.status()).isEqualTo(403);
	}

	@Test
	void contactDetailsAreHiddenFromTheRecipientBeforeAHireAndShownAfter() {
		UUID conversation = talk();
		Api.Response sent = write(freelancerApi, conversation, "Call me on 0300-123 4567 or mail ali.raza@gmail.com");
		assertThat(sent.status()).isEqualTo(201);
		assertThat(sent.json().path("masked").asBoolean()).isTrue();
		assertThat(sent.text("notice")).contains("hidden");
		String word = "ali.raza";
		assertThat(employerApi.get("/api/v1/conversations?q=" + word).json().path("items").size())
			.as("a search does not find what the guard hides").isZero();
		assertThat(freelancerApi.get("/api/v1/conversations?q=" + word).json().path("items").size()).isEqualTo(1);

		String seenByEmployer = messages(employerApi, conversation).get(0).path("body").asString();
		assertThat(seenByEmployer).doesNotContain("4567").doesNotContain("gmail").contains("•••");
		assertThat(messages(employerApi, conversation).get(0).path("masked").asBoolean()).isTrue();
		assertThat(messages(freelancerApi, conversation).get(0).path("body").asString()).contains("0300-123 4567");

		// An offer accepted but never funded is not yet a hire (else an unpaid order would unmask anyone).
		Marketplace.Contract contract = market.contract(employerApi, freelancerApi, 3_000_000);
		assertThat(messages(employerApi, conversation).get(0).path("body").asString()).doesNotContain("4567");
		new com.alujrat.testing.Payments(port, sandbox, checkouts).pay(employerApi, "MILESTONE", contract.milestones().get(0));
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> "FUNDED".equals(market.milestoneStatus(contract.milestones().get(0))));
		assertThat(messages(employerApi, conversation).get(0).path("body").asString())
			.contains("0300-123 4567").contains("ali.raza@gmail.com");
		assertThat(write(employerApi, conversation, "My number is 0321 7654321").json().path("masked").asBoolean()).isFalse();
	}

	@Test
	void nobodyOutsideAConversationReadsOrWritesItsMessagesOrFiles() {
		UUID conversation = talk();
		Api.Response withFile = freelancerApi.multipart("/api/v1/conversations/" + conversation + "/messages",
				Map.of("body", "The design"), Map.of("file", Images.png(40, 40)));
		assertThat(withFile.status()).as(withFile.body()).isEqualTo(201);
		String fileUrl = withFile.json().path("message").path("attachments").get(0).path("url").asString();
		assertThat(employerApi.get(fileUrl).status()).isEqualTo(200);

		Api stranger = market.as(market.verified("EMPLOYER"));
		assertThat(stranger.get("/api/v1/conversations/" + conversation + "/messages").status()).isEqualTo(404);
		assertThat(write(stranger, conversation, "Hello").status()).isEqualTo(404);
		assertThat(stranger.get(fileUrl).status()).isEqualTo(404);
		assertThat(stranger.post("/api/v1/conversations/" + conversation + "/block", Map.of()).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/conversations").json().path("items").toString()).doesNotContain(conversation.toString());
		assertThat(new Api(port).get("/api/v1/conversations/" + conversation + "/messages").status()).isEqualTo(401);
	}

	@Test
	void aSenderMayHideTheirOwnMessageWithinFifteenMinutesOnly() {
		UUID conversation = talk();
		String fresh = write(employerApi, conversation, "Sent to the wrong person").json().path("message").path("id").asString();
		String old = write(employerApi, conversation, "Old message").json().path("message").path("id").asString();
		jdbc.sql("update messaging.messages set created_at = ? where id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofMinutes(16))), UUID.fromString(old))
			.update();

		String base = "/api/v1/conversations/" + conversation + "/messages/";
		assertThat(freelancerApi.post(base + fresh + "/hide", Map.of()).status()).isEqualTo(403);
		assertThat(employerApi.post(base + fresh + "/hide", Map.of()).status()).isEqualTo(204);
		assertThat(employerApi.post(base + old + "/hide", Map.of()).status()).isEqualTo(409);
		JsonNode shown = messages(freelancerApi, conversation);
		assertThat(shown.get(0).path("hidden").asBoolean()).isTrue();
		assertThat(shown.get(0).path("body").asString()).isEmpty();
		// The record keeps it for disputes and reports.
		assertThat(jdbc.sql("select body from messaging.messages where id = ?").param(UUID.fromString(fresh))
			.query(String.class).single()).isEqualTo("Sent to the wrong person");
	}

	@Test
	void aBlockStopsMessagesBothWays() {
		UUID conversation = talk();
		assertThat(freelancerApi.post("/api/v1/conversations/" + conversation + "/block", Map.of()).status()).isEqualTo(204);
		assertThat(write(employerApi, conversation, "Hello?").status()).isEqualTo(403);
		assertThat(write(freelancerApi, conversation, "Hello?").status()).isEqualTo(403);
		assertThat(freelancerApi.post("/api/v1/conversations/" + conversation + "/unblock", Map.of()).status()).isEqualTo(204);
		assertThat(write(employerApi, conversation, "Hello again").status()).isEqualTo(201);
	}

	@Test
	void readReceiptsAndUnreadCountsFollowWhatTheRecipientOpened() {
		UUID conversation = talk();
		write(employerApi, conversation, "Are you free this week?");
		write(employerApi, conversation, "I need it by Friday.");
		assertThat(freelancerApi.get("/api/v1/conversations").json().path("items").get(0).path("unread").asInt()).isEqualTo(2);
		assertThat(messages(employerApi, conversation).get(1).path("seen").asBoolean()).isFalse();

		assertThat(freelancerApi.post("/api/v1/conversations/" + conversation + "/read", Map.of()).status()).isEqualTo(204);
		assertThat(freelancerApi.get("/api/v1/conversations").json().path("items").get(0).path("unread").asInt()).isZero();
		assertThat(messages(employerApi, conversation).get(1).path("seen").asBoolean()).isTrue();
	}

	@Test
	void archivedConversationsLeaveTheInboxAndANewMessageBringsThemBack() {
		UUID conversation = talk();
		write(employerApi, conversation, "Hello " + Marketplace.uniqueWord());
		freelancerApi.post("/api/v1/conversations/" + conversation + "/archive", Map.of("archived", true));
		assertThat(freelancerApi.get("/api/v1/conversations").json().path("items").toString()).doesNotContain(conversation.toString());
		assertThat(freelancerApi.get("/api/v1/conversations?archived=true").json().path("items").toString())
			.contains(conversation.toString());
		String word = Marketplace.uniqueWord();
		write(employerApi, conversation, "Any news on " + word + "?");
		assertThat(freelancerApi.get("/api/v1/conversations?q=" + word).json().path("items").toString())
			.contains(conversation.toString());
		assertThat(freelancerApi.get("/api/v1/conversations?q=" + Marketplace.uniqueWord()).json().path("items").size()).isZero();
	}

	@Test
	void aReportedMessageReachesSupportWhoJoinTheConversationVisibly() {
		UUID conversation = talk();
		String message = write(employerApi, conversation, "Pay me outside the platform").json().path("message").path("id").asString();
		Api.Response reported = freelancerApi.post("/api/v1/conversations/" + conversation + "/reports",
				Map.of("messageId", message, "reason", "Asks to pay outside"));
		assertThat(reported.status()).isEqualTo(201);
		assertThat(employerApi.post("/api/v1/conversations/" + conversation + "/reports",
				Map.of("messageId", message, "reason", "Mine")).status()).isEqualTo(400);

		Api support = new Api(port).bearer(people.token(people.staff(StaffRole.SUPPORT)));
		assertThat(support.get("/api/v1/conversations/" + conversation + "/messages").status()).isEqualTo(404);
		assertThat(support.post("/api/v1/staff/conversations/" + conversation + "/join",
				Map.of("reason", "REPORT", "reference", UUID.randomUUID())).status()).isEqualTo(403);
		assertThat(support.get("/api/v1/staff/moderation/reports").body()).contains(reported.text("id"));
		assertThat(support.post("/api/v1/staff/conversations/" + conversation + "/join",
				Map.of("reason", "REPORT", "reference", reported.text("id"))).status()).isEqualTo(204);

		assertThat(messages(freelancerApi, conversation).toString()).contains("NOTICE").contains("joined this conversation");
		assertThat(support.get("/api/v1/conversations/" + conversation + "/messages").status()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from messaging.staff_views where conversation_id = ?").param(conversation)
			.query(Integer.class).single()).isPositive();
		assertThat(support.post("/api/v1/staff/moderation/reports/" + reported.text("id") + "/resolve",
				Map.of("actioned", true, "outcome", "Removed: asks for payment off the platform")).status()).isEqualTo(204);
		assertThat(messages(freelancerApi, conversation).toString()).contains("\"hidden\":true");
		// The report is closed: the staff member is out of the conversation again.
		assertThat(support.get("/api/v1/conversations/" + conversation + "/messages").status()).isEqualTo(404);

		Api verifier = new Api(port).bearer(people.token(people.staff(StaffRole.VERIFIER)));
		assertThat(verifier.get("/api/v1/staff/moderation/reports").status()).isEqualTo(403);
	}

	@Test
	void unreadMessagesAreMailedOnceAsADigestAfterThirtyMinutes() {
		UUID conversation = talk();
		write(employerApi, conversation, "First");
		write(employerApi, conversation, "Second");
		digest.send();
		assertThat(outbox.count(freelancer.email(), "unread messages")).isZero();

		jdbc.sql("update messaging.messages set created_at = created_at - interval '31 minutes' where conversation_id = ?")
			.param(conversation)
			.update();
		digest.send();
		assertThat(outbox.await(freelancer.email(), "You have 2 unread messages").text()).contains("/messages");
		digest.send();
		org.awaitility.Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
			.until(() -> outbox.count(freelancer.email(), "unread messages") == 1);
		assertThat(outbox.count(employer.email(), "unread messages")).isZero();
	}

	@Test
	void aNewMessageReachesTheOtherPartysOpenStreamAndAReconnectGetsWhatWasMissed() {
		UUID conversation = talk();
		String token = people.token(freelancer);
		String lastId;
		try (LiveClient live = LiveClient.connect(port, token, null)) {
			assertThat(live.status).isEqualTo(200);
			write(employerApi, conversation, "Live hello");
			LiveClient.Event event = live.next("message", Duration.ofSeconds(5));
			assertThat(event).isNotNull();
			assertThat(event.data()).contains(conversation.toString());
			lastId = event.id();
		}
		write(employerApi, conversation, "While you were away");
		try (LiveClient again = LiveClient.connect(port, token, lastId)) {
			LiveClient.Event missed = again.next("message", Duration.ofSeconds(5));
			assertThat(missed).isNotNull();
			assertThat(Long.parseLong(missed.id())).isGreaterThan(Long.parseLong(lastId));
		}
		assertThat(LiveClient.connect(port, "not-a-token", null).status).isEqualTo(401);
	}

	@Autowired
	com.alujrat.accounts.internal.AccountSecurity security;

	@Test
	void signingOutEverywhereEndsTheOpenLiveStreams() {
		try (LiveClient live = LiveClient.connect(port, people.token(freelancer), null)) {
			assertThat(live.status).isEqualTo(200);
			assertThat(live.endedWithin(Duration.ofMillis(500))).isFalse();
			security.signOutEverywhere(directory.user(new com.alujrat.shared.UserId(freelancer.id())).orElseThrow());
			assertThat(live.endedWithin(Duration.ofSeconds(5))).isTrue();
		}
	}

	@Test
	void anUnknownAccountIsNoOneToWriteTo() {
		assertThat(employerApi.post("/api/v1/conversations",
				Map.of("participantId", UUID.randomUUID(), "projectId", project)).hasFieldError("participantId")).isTrue();
	}
}
