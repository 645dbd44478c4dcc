package com.alujrat.privacy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.alujrat.notifications.Marketing;
import com.alujrat.notifications.internal.Campaigns;
import com.alujrat.accounts.StaffRole;
import com.alujrat.payments.internal.CheckoutStore;
import com.alujrat.payments.internal.SandboxGateway;
import com.alujrat.shared.UserId;
import com.alujrat.testing.Api;
import com.alujrat.testing.Browserless;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.Payments;
import com.alujrat.testing.People;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ClosureTests extends PlatformTestSupport {

	@Autowired
	Marketing marketing;

	@Autowired
	Campaigns campaigns;

	@Autowired
	SandboxGateway sandbox;

	@Autowired
	CheckoutStore checkouts;

	Marketplace market;

	@BeforeEach
	void market() {
		market = new Marketplace(port, people, outbox, jdbc);
	}

	private Api.Response signIn(Person person) {
		return api.post("/api/v1/auth/token", Map.of("email", person.email(), "password", People.PASSWORD));
	}

	private Browserless signedInBrowser(Person person) {
		Browserless browser = new Browserless(port);
		browser.submit("/login", Map.of("email", person.email(), "password", People.PASSWORD));
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
		return browser;
	}

	@Test
	void closingRefusesEveryOldTokenAndSessionInTheSameSecondAndTakesTheProfileDown() {
		Person employer = market.verified("EMPLOYER");
		Api employerApi = market.as(employer);
		UUID project = market.published(employerApi, Map.of());
		Person freelancer = market.verified("FREELANCER");
		marketing.choose(new UserId(freelancer.id()), true, "signup");
		Api.Response tokens = signIn(freelancer);
		Api app = new Api(port).bearer(tokens.text("accessToken"));
		UUID bid = market.bid(app, project, 4_000_000);
		Api.Response conversation = employerApi.post("/api/v1/conversations",
				Map.of("participantId", freelancer.id(), "projectId", project));
		Browserless browser = signedInBrowser(freelancer);
		assertThat(api.get("/api/v1/freelancers/" + freelancer.id()).status()).isEqualTo(200);

		assertThat(app.post("/api/v1/me/closure", Map.of("password", People.PASSWORD, "reason", "Moving abroad"))
			.status()).isEqualTo(204);
		Instant closed = Instant.now();

		assertThat(app.get("/api/v1/me").status()).isEqualTo(401);
		assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", tokens.text("refreshToken"))).status())
			.isEqualTo(401);
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(302);
		assertThat(Duration.between(closed, Instant.now())).isLessThan(Duration.ofSeconds(1));

		Api.Response again = signIn(freelancer);
		assertThat(again.status()).isEqualTo(403);
		assertThat(again.problem()).isEqualTo("account-closed");
		assertThat(new Browserless(port).submit("/login", Map.of("email", freelancer.email(), "password",
				People.PASSWORD)).body()).contains("This account is closed");
		assertThat(employerApi.get("/api/v1/freelancers/" + freelancer.id()).status()).isEqualTo(404);
		assertThat(new Browserless(port).get("/freelancers/" + freelancer.id()).statusCode()).isEqualTo(404);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "WITHDRAWN".equals(jdbc
			.sql("select status from projects.bids where id = ?").param(bid).query(String.class).single()));
		assertThat(employerApi.get("/api/v1/conversations/" + conversation.text("id") + "/messages").status())
			.isEqualTo(200);
		assertThat(employerApi.get("/api/v1/conversations").json().path("items").get(0).path("other").path("closed")
			.asBoolean()).isTrue();
		assertThat(employerApi.post("/api/v1/conversations/" + conversation.text("id") + "/messages",
				Map.of("body", "Are you there?")).status()).isEqualTo(409);

		assertThat(marketing.optedIn(new UserId(freelancer.id()))).isFalse();
		Person reader = people.verified("EMPLOYER");
		marketing.choose(new UserId(reader.id()), true, "signup");
		String word = Marketplace.uniqueWord();
		campaigns.send(campaigns.write(new UserId(employer.id()), "Offer " + word, "Body", "پیشکش " + word, "متن"));
		outbox.await(reader.email(), "Offer " + word);
		assertThat(outbox.count(freelancer.email(), "Offer " + word)).isZero();
	}

	@Test
	void closingIsRefusedWhileEscrowIsHeldAndTheUserIsToldWhatToSettle() {
		Person employer = market.verified("EMPLOYER");
		Api employerApi = market.as(employer);
		Marketplace.Contract contract = market.contract(employerApi, market.as(market.verified("FREELANCER")),
				3_000_000);
		UUID milestone = contract.milestones().get(0);
		Payments payments = new Payments(port, sandbox, checkouts);
		UUID checkout = payments.open(employerApi, "MILESTONE", milestone);
		assertThat(employerApi.get("/api/v1/me/closure").json().path("unsettled").toString())
			.as("a checkout waiting for its gateway").contains("payment you started");
		payments.callback(payments.answer(checkout, com.alujrat.payments.internal.PaymentGateway.Outcome.PAID));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "FUNDED".equals(market.milestoneStatus(milestone)));

		assertThat(employerApi.get("/api/v1/me/closure").json().path("unsettled").get(0).asString())
			.contains("Build a Shopify store");
		Api.Response refused = employerApi.post("/api/v1/me/closure", Map.of("password", People.PASSWORD));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().path("detail").asString()).contains("escrow");
		assertThat(employerApi.get("/api/v1/me").status()).as("nothing was closed").isEqualTo(200);

		Api.Response wrong = employerApi.post("/api/v1/me/closure", Map.of("password", "not-my-password"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.hasFieldError("password")).isTrue();
	}

	@Test
	void supportClosesOnRequestAndReopensOnlyWithinTheWindow() {
		Person member = people.verified("FREELANCER");
		Api support = new Api(port).bearer(people.token(people.staff(StaffRole.SUPPORT)));
		Api verifier = new Api(port).bearer(people.token(people.staff(StaffRole.VERIFIER)));

		assertThat(verifier.post("/api/v1/staff/closures", Map.of("userId", member.id(), "reason", "T-1")).status())
			.isEqualTo(403);
		assertThat(support.post("/api/v1/staff/closures", Map.of("userId", member.id())).hasFieldError("reason"))
			.isTrue();
		assertThat(support.post("/api/v1/staff/closures", Map.of("userId", member.id(), "reason", "Ticket T-77"))
			.status()).isEqualTo(204);
		assertThat(signIn(member).status()).isEqualTo(403);

		assertThat(support.post("/api/v1/staff/closures/" + member.id() + "/reactivation", Map.of()).status())
			.isEqualTo(204);
		assertThat(signIn(member).status()).isEqualTo(200);

		assertThat(support.post("/api/v1/staff/closures", Map.of("userId", member.id(), "reason", "Ticket T-78"))
			.status()).isEqualTo(204);
		jdbc.sql("update privacy.closures set closed_at = closed_at - interval '91 days' where user_id = ?")
			.param(member.id())
			.update();
		assertThat(support.post("/api/v1/staff/closures/" + member.id() + "/reactivation", Map.of()).status())
			.isEqualTo(409);
		assertThat(signIn(member).status()).isEqualTo(403);
	}
}
