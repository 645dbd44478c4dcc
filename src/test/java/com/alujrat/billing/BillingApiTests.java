package com.alujrat.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.alujrat.accounts.StaffRole;
import com.alujrat.billing.internal.Subscriptions;
import com.alujrat.payments.internal.CheckoutStore;
import com.alujrat.payments.internal.PaymentGateway.Outcome;
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
class BillingApiTests extends PlatformTestSupport {

	static final UUID FREELANCER_PRO = UUID.fromString("6f1c5e1a-0d44-4d5e-9a51-000000000002");

	static final UUID EMPLOYER_BUSINESS = UUID.fromString("6f1c5e1a-0d44-4d5e-9a51-000000000004");

	@Autowired
	SandboxGateway sandbox;

	@Autowired
	CheckoutStore checkouts;

	@Autowired
	Subscriptions subscriptions;

	Payments payments;

	Person freelancer;

	Api freelancerApi;

	@BeforeEach
	void aFreelancerOnTheFreePlan() {
		payments = new Payments(port, sandbox, checkouts);
		freelancer = people.verified("FREELANCER");
		freelancerApi = new Api(port).bearer(people.token(freelancer));
	}

	@Test
	void everyoneSeesThePlansWithMonthlyAndYearlyPricesInPaisa() {
		JsonNode plans = api.get("/api/v1/plans").json().get("items");
		assertThat(plans.findValuesAsString("code"))
			.containsExactly("FREELANCER_FREE", "FREELANCER_PRO", "EMPLOYER_BASIC", "EMPLOYER_BUSINESS");
		JsonNode pro = plans.get(1);
		assertThat(pro.get("monthlyPrice").asLong()).isEqualTo(150_000);
		assertThat(pro.get("yearlyPrice").asLong()).isEqualTo(1_500_000);
		assertThat(pro.get("monthlyBids").asInt()).isEqualTo(80);
		assertThat(plans.get(3).get("featuredProjects").asBoolean()).isTrue();
		assertThat(new Api(port).header("Accept-Language", "ur").get("/api/v1/plans").json().get("items").get(0)
			.get("name").asString()).isEqualTo("فری لانسر مفت");
	}

	@Test
	void aPaidUpgradeRaisesTheBidQuotaAndACancelledSubscriptionRunsToTheEndOfItsPeriod() {
		assertThat(quota()).isEqualTo(10);
		assertThat(freelancerApi.post("/api/v1/me/subscription", Map.of("planId", EMPLOYER_BUSINESS, "period", "MONTHLY"))
			.hasFieldError("planId")).isTrue();
		assertThat(freelancerApi.post("/api/v1/me/subscription", Map.of("planId", FREELANCER_PRO, "period", "WEEKLY"))
			.hasFieldError("period")).isTrue();
		Api.Response opened = freelancerApi.post("/api/v1/me/subscription",
				Map.of("planId", FREELANCER_PRO, "period", "MONTHLY", "gateway", "SANDBOX"));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		UUID checkout = UUID.fromString(opened.text("checkoutId"));
		assertThat(opened.text("redirectUrl")).contains("/payments/checkouts/" + checkout + "/go?handover=");
		assertThat(freelancerApi.get("/api/v1/payments/checkouts/" + checkout).json().get("amount").asLong())
			.isEqualTo(150_000);
		assertThat(quota()).isEqualTo(10);

		assertThat(payments.callback(payments.answer(checkout, Outcome.PAID))).isEqualTo(200);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> quota() == 80);
		JsonNode mine = freelancerApi.get("/api/v1/me/subscription").json();
		assertThat(mine.get("plan").get("code").asString()).isEqualTo("FREELANCER_PRO");
		assertThat(mine.get("subscription").get("status").asString()).isEqualTo("ACTIVE");
		assertThat(Instant.parse(mine.get("subscription").get("currentPeriodEnd").asString()))
			.isAfter(Instant.now().plus(Duration.ofDays(27)));
		outbox.await(freelancer.email(), "is active");
		assertThat(freelancerApi.post("/api/v1/me/subscription", Map.of("planId", FREELANCER_PRO, "period", "MONTHLY"))
			.status()).isEqualTo(409);

		assertThat(freelancerApi.delete("/api/v1/me/subscription").status()).isEqualTo(204);
		assertThat(freelancerApi.get("/api/v1/me/subscription").json().get("subscription").get("cancelAtPeriodEnd")
			.asBoolean()).isTrue();
		assertThat(quota()).isEqualTo(80);
		endPeriod(Duration.ofMinutes(1));
		subscriptions.sweep();
		assertThat(quota()).isEqualTo(10);
		assertThat(freelancerApi.get("/api/v1/me/subscription").json().get("subscription").isNull()).isTrue();
	}

	@Test
	void financeRefundsAnUnusedSubscriptionWithinSevenDaysAndItEndsAtOnce() {
		UUID checkout = UUID.fromString(freelancerApi.post("/api/v1/me/subscription",
				Map.of("planId", FREELANCER_PRO, "period", "MONTHLY")).text("checkoutId"));
		payments.callback(payments.answer(checkout, Outcome.PAID));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> quota() == 80);
		String ref = freelancerApi.get("/api/v1/payments/checkouts/" + checkout).text("reference");
		Map<String, Object> refund = Map.of("checkoutRef", ref, "reason", "Asked within a week");
		assertThat(freelancerApi.post("/api/v1/staff/refunds/fees", refund).status()).isEqualTo(403);
		Api finance = new Marketplace(port, people, outbox, jdbc).as(people.staff(StaffRole.FINANCE));
		assertThat(finance.post("/api/v1/staff/refunds/fees", Map.of("checkoutRef", "AU000000000000", "reason", "x"))
			.hasFieldError("checkoutRef")).isTrue();
		assertThat(finance.post("/api/v1/staff/refunds/fees", refund).status()).isEqualTo(201);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> quota() == 10);
		assertThat(finance.post("/api/v1/staff/refunds/fees", refund).status()).isEqualTo(409);
		assertThat(jdbc.sql("select status from payments.refunds where checkout_id = ?").param(checkout)
			.query(String.class).single()).isEqualTo("SENT");
	}

	@Test
	void anUnpaidRenewalIsRemindedKeepsThePlanThreeDaysThenFallsBackToTheFreePlan() {
		UUID checkout = UUID.fromString(freelancerApi.post("/api/v1/me/subscription",
				Map.of("planId", FREELANCER_PRO, "period", "YEARLY")).text("checkoutId"));
		payments.callback(payments.answer(checkout, Outcome.PAID));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> quota() == 80);
		assertThat(freelancerApi.post("/api/v1/me/subscription/renewal", Map.of()).status()).isEqualTo(409);

		jdbc.sql("update billing.subscriptions set current_period_end = now() + interval '2 days' where user_id = ?")
			.param(freelancer.id()).update();
		subscriptions.sweep();
		outbox.await(freelancer.email(), "renews soon");
		assertThat(freelancerApi.get("/api/v1/me/subscription").json().get("renewalDue").asBoolean()).isTrue();
		Api.Response renewal = freelancerApi.post("/api/v1/me/subscription/renewal", Map.of());
		assertThat(renewal.status()).isEqualTo(201);
		assertThat(freelancerApi.get("/api/v1/payments/checkouts/" + renewal.text("checkoutId")).json().get("amount")
			.asLong()).isEqualTo(1_500_000);

		endPeriod(Duration.ofDays(1));
		subscriptions.sweep();
		assertThat(freelancerApi.get("/api/v1/me/subscription").json().get("subscription").get("status").asString())
			.isEqualTo("GRACE");
		assertThat(quota()).isEqualTo(80);
		endPeriod(Duration.ofDays(4));
		subscriptions.sweep();
		assertThat(quota()).isEqualTo(10);
		outbox.await(freelancer.email(), "has ended");
	}

	@Test
	void anEmployerOnTheBusinessPlanPublishesFeaturedProjects() {
		Marketplace market = new Marketplace(port, people, outbox, jdbc);
		Api employer = market.as(market.verified("EMPLOYER"));
		String word = Marketplace.uniqueWord();
		UUID before = market.published(employer, Map.of("title", "Logo for " + word + " bakery"));
		UUID checkout = UUID.fromString(employer.post("/api/v1/me/subscription",
				Map.of("planId", EMPLOYER_BUSINESS, "period", "MONTHLY")).text("checkoutId"));
		assertThat(employer.get("/api/v1/payments/checkouts/" + checkout).json().get("amount").asLong()).isEqualTo(300_000);
		payments.callback(payments.answer(checkout, Outcome.PAID));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "EMPLOYER_BUSINESS"
			.equals(employer.get("/api/v1/me/subscription").json().get("plan").get("code").asString()));
		UUID after = market.published(employer, Map.of("title", "Menu cards for " + word + " bakery"));

		assertThat(employer.get("/api/v1/projects/" + after).json().get("featured").asBoolean()).isTrue();
		assertThat(employer.get("/api/v1/projects/" + before).json().get("featured").asBoolean()).isFalse();
		JsonNode found = freelancerApi.get("/api/v1/projects?q=" + word).json().get("items");
		assertThat(found.size()).isEqualTo(2);
		for (JsonNode card : found) {
			assertThat(card.get("featured").asBoolean()).isEqualTo(card.get("id").asString().equals(after.toString()));
		}
	}

	@Test
	void onlyAdminsChangePlansAndTheDefaultPlanStaysFree() {
		assertThat(freelancerApi.put("/api/v1/staff/plans/" + FREELANCER_PRO, Map.of("monthlyBids", 90)).status())
			.isEqualTo(403);
		Api admin = new Marketplace(port, people, outbox, jdbc).as(people.staff(StaffRole.ADMIN));
		UUID free = UUID.fromString("6f1c5e1a-0d44-4d5e-9a51-000000000001");
		assertThat(admin.put("/api/v1/staff/plans/" + free, Map.of("monthlyPrice", 10_000)).hasFieldError("monthlyPrice"))
			.isTrue();
		assertThat(admin.put("/api/v1/staff/plans/" + FREELANCER_PRO, Map.of("monthlyBids", -1)).hasFieldError("monthlyBids"))
			.isTrue();
		Api.Response same = admin.put("/api/v1/staff/plans/" + FREELANCER_PRO, Map.of("yearlyPrice", 1_500_000));
		assertThat(same.status()).isEqualTo(200);
		assertThat(same.json().get("yearlyPrice").asLong()).isEqualTo(1_500_000);
	}

	private int quota() {
		return freelancerApi.get("/api/v1/me/subscription").json().get("entitlements").get("bidQuota").asInt();
	}

	private void endPeriod(Duration ago) {
		jdbc.sql("update billing.subscriptions set current_period_end = ? where user_id = ? and status in ('ACTIVE', 'GRACE')")
			.params(java.sql.Timestamp.from(Instant.now().minus(ago)), freelancer.id())
			.update();
	}
}
