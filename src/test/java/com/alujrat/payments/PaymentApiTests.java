package com.alujrat.payments;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;

import com.alujrat.accounts.StaffRole;
import com.alujrat.contracts.ContractId;
import com.alujrat.contracts.MilestoneApproved;
import com.alujrat.contracts.MilestoneId;
import com.alujrat.payments.internal.CheckoutStore;
import com.alujrat.payments.internal.EscrowBook;
import com.alujrat.payments.internal.PaymentGateway.Outcome;
import com.alujrat.payments.internal.Reconciliation;
import com.alujrat.payments.internal.SandboxGateway;
import com.alujrat.payments.internal.Wallets;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;
import com.alujrat.testing.Api;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PaymentApiTests extends PlatformTestSupport {

	@Autowired
	SandboxGateway sandbox;

	@Autowired
	CheckoutStore checkouts;

	@Autowired
	Wallets wallets;

	@Autowired
	EscrowBook escrow;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	Marketplace market;

	Payments payments;

	Person employer;

	Person freelancer;

	Api employerApi;

	Api freelancerApi;

	Marketplace.Contract contract;

	@BeforeEach
	void aContractAwaitingFunding() {
		market = new Marketplace(port, people, outbox, jdbc);
		payments = new Payments(port, sandbox, checkouts);
		employer = market.verified("EMPLOYER");
		freelancer = market.verified("FREELANCER");
		employerApi = market.as(employer);
		freelancerApi = market.as(freelancer);
		contract = market.contract(employerApi, freelancerApi, 3_000_000, 5_000_000);
	}

	@Test
	void aFundedMilestoneIsReleasedOnApprovalLessTheFeeAndBecomesAvailableAfterClearance() {
		UUID milestone = contract.milestones().get(0);
		UUID checkout = payments.open(employerApi, "MILESTONE", milestone);
		JsonNode pending = employerApi.get("/api/v1/payments/checkouts/" + checkout).json();
		assertThat(pending.get("status").asString()).isEqualTo("PENDING");
		assertThat(pending.get("amount").asLong()).isEqualTo(3_000_000);

		assertThat(payments.callback(payments.answer(checkout, Outcome.PAID))).isEqualTo(200);
		JsonNode paid = employerApi.get("/api/v1/payments/checkouts/" + checkout).json();
		assertThat(paid.get("status").asString()).isEqualTo("PAID");
		assertThat(paid.get("receiptNumber").asLong()).isPositive();
		awaitMilestone(milestone, "FUNDED");
		assertThat(escrow.of(milestone).orElseThrow().remaining()).isEqualTo(3_000_000);

		String base = "/api/v1/contracts/" + contract.id() + "/milestones/" + milestone;
		assertThat(freelancerApi.post(base + "/submit", Map.of("note", "The store is live")).status()).isEqualTo(200);
		assertThat(employerApi.post(base + "/approve", Map.of()).status()).isEqualTo(200);
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> freelancerApi.get("/api/v1/me/wallet").json().get("pending").asLong() == 2_700_000);
		assertThat(freelancerApi.get("/api/v1/me/wallet").json().get("available").asLong()).isZero();

		wallets.clearDue(Instant.now().plus(Duration.ofDays(6)));
		JsonNode wallet = freelancerApi.get("/api/v1/me/wallet").json();
		assertThat(wallet.get("pending").asLong()).isZero();
		assertThat(wallet.get("available").asLong()).isEqualTo(2_700_000);
		assertThat(wallet.get("currency").asString()).isEqualTo("PKR");
		JsonNode lines = freelancerApi.get("/api/v1/me/transactions").json().get("items");
		assertThat(lines.get(0).get("kind").asString()).isEqualTo("CLEARANCE");
		assertThat(lines.get(0).get("balance").asLong()).isEqualTo(2_700_000);
		Api.Response csv = freelancerApi.header("Accept", "text/csv").get("/api/v1/me/transactions");
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("date,transaction,kind,account,description,amount_paisa,balance_paisa")
			.contains("RELEASE", "2700000");
		assertThat(employerApi.get("/payments/receipts/" + checkout).status()).isEqualTo(200);
		assertThat(freelancerApi.get("/payments/receipts/" + checkout).status()).isEqualTo(404);
		assertThat(reconciliation.run().problems()).isEmpty();
	}

	@Test
	void onlyThePartyWhoOwesTheMoneyOpensOrSeesACheckoutAndOnlyWhileItIsOwed() {
		UUID milestone = contract.milestones().get(0);
		Api stranger = market.as(market.verified("EMPLOYER"));
		Map<String, Object> body = Map.of("purpose", "MILESTONE", "referenceId", milestone, "gateway", "SANDBOX");
		assertThat(freelancerApi.post("/api/v1/payments/checkouts", body).status()).isEqualTo(404);
		assertThat(stranger.post("/api/v1/payments/checkouts", body).status()).isEqualTo(404);
		assertThat(employerApi.post("/api/v1/payments/checkouts",
				Map.of("purpose", "LUNCH", "referenceId", milestone, "gateway", "SANDBOX")).hasFieldError("purpose")).isTrue();
		assertThat(employerApi.post("/api/v1/payments/checkouts",
				Map.of("purpose", "MILESTONE", "referenceId", milestone, "gateway", "PAYPAL")).hasFieldError("gateway")).isTrue();
		assertThat(new Api(port).post("/api/v1/payments/checkouts", body).status()).isEqualTo(401);

		UUID checkout = payments.pay(employerApi, "MILESTONE", milestone);
		assertThat(stranger.get("/api/v1/payments/checkouts/" + checkout).status()).isEqualTo(404);
		assertThat(freelancerApi.get("/api/v1/payments/checkouts/" + checkout).status()).isEqualTo(404);
		awaitMilestone(milestone, "FUNDED");
		assertThat(employerApi.post("/api/v1/payments/checkouts", body).status()).isEqualTo(409);
	}

	@Test
	void theAppsPayerFollowsTheRedirectUrlInABrowserWithoutASessionAndOnlyWithItsToken() {
		UUID milestone = contract.milestones().get(0);
		Api.Response opened = employerApi.post("/api/v1/payments/checkouts",
				Map.of("purpose", "MILESTONE", "referenceId", milestone, "gateway", "SANDBOX"));
		String checkout = opened.text("checkoutId");
		String go = opened.text("redirectUrl").replaceAll("^https?://[^/]+", "");
		String token = go.replaceAll(".*handover=", "");
		Api browser = new Api(port).header("Accept", "text/html");
		assertThat(browser.get(go).status()).isEqualTo(302);
		assertThat(browser.get("/payments/sandbox/" + checkout + "?handover=" + token).body()).contains("sandbox-pay");
		assertThat(browser.get("/payments/sandbox/" + checkout + "?handover=" + token.replace('a', 'b').replace('1', '2'))
			.status()).isEqualTo(404);
		assertThat(browser.get("/payments/checkouts/" + checkout).status()).isEqualTo(404);
		assertThat(browser.get("/payments/checkouts/" + checkout + "?handover=" + token).status()).isEqualTo(200);
		assertThat(new Api(port).get("/api/v1/payments/checkouts/" + checkout + "?handover=" + token).status())
			.isEqualTo(401);
		assertThat(employerApi.post("/api/v1/payments/checkouts",
				Map.of("purpose", "MILESTONE", "referenceId", milestone, "gateway", "SANDBOX")).text("checkoutId"))
			.as("the same payment opened again is the same checkout").isEqualTo(checkout);
	}

	@Test
	void aReplayedOrLateCallbackChangesNothingAndASuccessAfterAFailureStillCounts() {
		UUID first = contract.milestones().get(0);
		UUID checkout = payments.open(employerApi, "MILESTONE", first);
		Map<String, String> paid = payments.answer(checkout, Outcome.PAID);
		assertThat(payments.callback(paid)).isEqualTo(200);
		assertThat(payments.callback(paid)).isEqualTo(200);
		assertThat(payments.callback(payments.answer(checkout, Outcome.FAILED))).isEqualTo(200);
		assertThat(checkouts.find(checkout).orElseThrow().status().name()).isEqualTo("PAID");
		assertThat(postingsFor(checkout)).isEqualTo(1);
		assertThat(jdbc.sql("select outcome from payments.callbacks where checkout_id = ? order by id").param(checkout)
			.query(String.class).list()).containsExactly("APPLIED", "DUPLICATE", "DUPLICATE");

		UUID second = payments.open(employerApi, "MILESTONE", contract.milestones().get(1));
		assertThat(payments.callback(payments.answer(second, Outcome.FAILED))).isEqualTo(200);
		assertThat(checkouts.find(second).orElseThrow().status().name()).isEqualTo("FAILED");
		assertThat(payments.callback(payments.answer(second, Outcome.PAID))).isEqualTo(200);
		assertThat(checkouts.find(second).orElseThrow().status().name()).isEqualTo("PAID");
		awaitMilestone(contract.milestones().get(1), "FUNDED");
	}

	@Test
	void aReleaseAndARefundRacingOnOneEscrowAreServedOneAfterTheOtherAndOnlyOneMovesMoney() throws Exception {
		UUID milestone = contract.milestones().get(0);
		payments.pay(employerApi, "MILESTONE", milestone);
		awaitMilestone(milestone, "FUNDED");
		Person finance = people.staff(StaffRole.FINANCE);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Boolean>> moves = List.of(
				() -> succeeds(() -> escrow.release(contract.id(), milestone, new UserId(freelancer.id()))),
				() -> succeeds(() -> escrow.refundByStaff(milestone, "Work never started", new UserId(finance.id()))));
		List<Future<Boolean>> results = new ArrayList<>();
		for (Callable<Boolean> move : moves) {
			results.add(pool.submit(() -> {
				start.await();
				return move.call();
			}));
		}
		start.countDown();
		int won = 0;
		for (Future<Boolean> result : results) {
			won += result.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(won).isEqualTo(1);
		EscrowBook.Held held = escrow.of(milestone).orElseThrow();
		assertThat(held.remaining()).isZero();
		assertThat(held.released() + held.refunded()).isEqualTo(3_000_000);
		assertThat(reconciliation.run().problems()).isEmpty();
	}

	@Test
	void anApprovalThatFindsTheEscrowAlreadyRefundedMovesNothingAndIsNotRetried() {
		UUID milestone = contract.milestones().get(0);
		payments.pay(employerApi, "MILESTONE", milestone);
		awaitMilestone(milestone, "FUNDED");
		escrow.refundByStaff(milestone, "Refunded under the policy", new UserId(people.staff(StaffRole.FINANCE).id()));
		transactions.executeWithoutResult(status -> events.publishEvent(new MilestoneApproved(new ContractId(contract.id()),
				new MilestoneId(milestone), new UserId(freelancer.id()), new Money(3_000_000))));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
				select count(*) from event_publication where listener_id like '%EscrowInstructions%'
				and serialized_event like ? and completion_date is not null""")
			.param("%" + milestone + "%").query(Integer.class).single() == 1);
		EscrowBook.Held held = escrow.of(milestone).orElseThrow();
		assertThat(held.refunded()).isEqualTo(3_000_000);
		assertThat(held.released()).isZero();
		assertThat(freelancerApi.get("/api/v1/me/wallet").json().get("pending").asLong()).isZero();
	}

	@Test
	void aDecidedDisputeSplitsTheEscrowAndACancelledContractRefundsThroughTheGateway() {
		UUID disputed = contract.milestones().get(0);
		UUID cancelled = contract.milestones().get(1);
		payments.pay(employerApi, "MILESTONE", disputed);
		payments.pay(employerApi, "MILESTONE", cancelled);
		awaitMilestone(disputed, "FUNDED");
		awaitMilestone(cancelled, "FUNDED");
		String base = "/api/v1/contracts/" + contract.id();
		freelancerApi.post(base + "/milestones/" + disputed + "/submit", Map.of("note", "Done"));
		String dispute = employerApi.post(base + "/disputes", Map.of("milestoneId", disputed, "reason", "Half of it works"))
			.text("id");
		Api support = market.as(people.staff(StaffRole.SUPPORT));
		support.get("/api/v1/staff/disputes/" + dispute + "?purpose=DISPUTE");
		assertThat(support.post("/api/v1/staff/disputes/" + dispute + "/decision",
				Map.of("decision", "SPLIT", "freelancerShare", 2_000_000, "reason", "Half works")).status()).isEqualTo(204);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> escrow.of(disputed).orElseThrow().remaining() == 0);
		assertThat(freelancerApi.get("/api/v1/me/wallet").json().get("pending").asLong()).isEqualTo(1_800_000);

		employerApi.post(base + "/end", Map.of());
		freelancerApi.post(base + "/end", Map.of());
		awaitMilestone(cancelled, "REFUNDED");
		List<String> refunds = jdbc.sql("""
				select r.status || ':' || r.amount from payments.refunds r join payments.checkouts c on c.id = r.checkout_id
				where c.contract_id = ? order by r.amount""").param(contract.id()).query(String.class).list();
		assertThat(refunds).containsExactly("SENT:1000000", "SENT:5000000");
		assertThat(reconciliation.run().problems()).isEmpty();
	}

	@Test
	void financeRefundsAFundedMilestoneUnderThePolicyAndOthersMayNot() {
		UUID milestone = contract.milestones().get(0);
		payments.pay(employerApi, "MILESTONE", milestone);
		awaitMilestone(milestone, "FUNDED");
		Map<String, Object> refund = Map.of("milestoneId", milestone, "reason", "The freelancer never started");
		assertThat(employerApi.post("/api/v1/staff/refunds", refund).status()).isEqualTo(403);
		assertThat(market.as(people.staff(StaffRole.SUPPORT)).post("/api/v1/staff/refunds", refund).status())
			.isEqualTo(403);
		Api finance = market.as(people.staff(StaffRole.FINANCE));
		assertThat(finance.post("/api/v1/staff/refunds", Map.of("milestoneId", milestone)).hasFieldError("reason")).isTrue();
		assertThat(finance.post("/api/v1/staff/refunds", refund).status()).isEqualTo(201);
		assertThat(finance.post("/api/v1/staff/refunds", refund).status()).isEqualTo(409);
		awaitMilestone(milestone, "REFUNDED");
		assertThat(finance.get("/api/v1/staff/refunds").body()).contains("POLICY: The freelancer never started");

		UUID disputed = contract.milestones().get(1);
		payments.pay(employerApi, "MILESTONE", disputed);
		awaitMilestone(disputed, "FUNDED");
		assertThat(employerApi.post("/api/v1/contracts/" + contract.id() + "/disputes",
				Map.of("milestoneId", disputed, "reason", "Nothing arrived")).status()).isEqualTo(201);
		assertThat(finance.post("/api/v1/staff/refunds", Map.of("milestoneId", disputed, "reason", "Policy")).status())
			.as("a dispute is SUPPORT's to decide").isEqualTo(409);
	}

	@Test
	void aFreelancerWithdrawsTheAvailableBalanceToAVerifiedMethodAndFinancePaysIt() {
		earn(contract.milestones().get(0));
		Api.Response badIban = freelancerApi.post("/api/v1/me/payout-methods",
				Map.of("kind", "BANK", "accountTitle", "Ayesha Khan", "number", "PK36SCBL0000001123456703", "password",
						People.PASSWORD));
		assertThat(badIban.hasFieldError("number")).isTrue();
		assertThat(employerApi.post("/api/v1/me/payout-methods",
				Map.of("kind", "BANK", "accountTitle", "Ali", "number", "PK36SCBL0000001123456702", "password",
						People.PASSWORD)).status()).isEqualTo(403);
		assertThat(freelancerApi.post("/api/v1/me/payout-methods", Map.of("kind", "BANK", "accountTitle", "Ayesha Khan",
				"number", "PK36SCBL0000001123456702", "password", "not-my-password")).hasFieldError("password")).isTrue();
		Api.Response added = freelancerApi.post("/api/v1/me/payout-methods",
				Map.of("kind", "BANK", "accountTitle", "Ayesha Khan", "number", "PK36 SCBL 0000 0011 2345 6702", "password",
						People.PASSWORD));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.text("numberHint")).endsWith("6702").doesNotContain("SCBL");
		UUID method = UUID.fromString(added.text("id"));
		assertThat(jdbc.sql("select encode(number_sealed, 'escape') from payments.payout_methods where id = ?").param(method)
			.query(String.class).single()).doesNotContain("6702");
		outbox.await(freelancer.email(), "payout method");

		Map<String, Object> withdraw = Map.of("methodId", method, "amount", 1_000_000);
		Api.Response waiting = freelancerApi.post("/api/v1/me/payouts", withdraw);
		assertThat(waiting.status()).isEqualTo(409);
		assertThat(waiting.hasFieldError("methodId")).isTrue();
		jdbc.sql("update payments.payout_methods set usable_from = now() - interval '1 minute' where id = ?").param(method).update();
		assertThat(freelancerApi.post("/api/v1/me/payouts", Map.of("methodId", method, "amount", 2_800_000)).status())
			.isEqualTo(409);
		Api.Response requested = freelancerApi.post("/api/v1/me/payouts", withdraw);
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		UUID payout = UUID.fromString(requested.text("id"));
		assertThat(freelancerApi.get("/api/v1/me/wallet").json().get("available").asLong()).isEqualTo(1_700_000);
		UUID second = UUID.fromString(freelancerApi.post("/api/v1/me/payouts", Map.of("methodId", method, "amount", 500_000))
			.text("id"));

		assertThat(freelancerApi.post("/api/v1/staff/payouts/" + payout + "/approve", Map.of("reference", "X")).status())
			.isEqualTo(403);
		Person financePerson = people.staff(StaffRole.FINANCE);
		Api finance = market.as(financePerson);
		assertThat(finance.get("/api/v1/staff/payouts").body()).contains(payout.toString()).doesNotContain("SCBL");
		assertThat(finance.post("/api/v1/staff/payouts/" + payout + "/account", Map.of()).hasFieldError("purpose")).isTrue();
		assertThat(finance.post("/api/v1/staff/payouts/" + payout + "/account", Map.of("purpose", "Paying it")).text("number"))
			.isEqualTo("PK36SCBL0000001123456702");
		assertThat(jdbc.sql("select purpose from payments.staff_views where staff_id = ?").param(financePerson.id())
			.query(String.class).list()).containsExactly("Paying it");
		assertThat(finance.post("/api/v1/staff/payouts/" + payout + "/approve", Map.of()).hasFieldError("reference")).isTrue();
		assertThat(finance.post("/api/v1/staff/payouts/" + payout + "/approve", Map.of("reference", "HBL-778812")).status())
			.isEqualTo(204);
		assertThat(finance.post("/api/v1/staff/payouts/" + payout + "/reject", Map.of("reason", "Late")).status())
			.isEqualTo(409);
		assertThat(finance.post("/api/v1/staff/payouts/" + second + "/reject", Map.of("reason", "Title does not match"))
			.status()).isEqualTo(204);
		assertThat(freelancerApi.get("/api/v1/me/wallet").json().get("available").asLong()).isEqualTo(1_700_000);
		JsonNode mine = freelancerApi.get("/api/v1/me/payouts").json().get("items");
		assertThat(mine.findValuesAsString("status")).containsExactlyInAnyOrder("PAID", "REJECTED");
		outbox.await(freelancer.email(), "was paid");
		assertThat(finance.post("/api/v1/staff/reconciliation", Map.of()).json().get("problems")).isEmpty();
	}

	private void earn(UUID milestone) {
		payments.pay(employerApi, "MILESTONE", milestone);
		awaitMilestone(milestone, "FUNDED");
		String base = "/api/v1/contracts/" + contract.id() + "/milestones/" + milestone;
		freelancerApi.post(base + "/submit", Map.of("note", "Done"));
		employerApi.post(base + "/approve", Map.of());
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> freelancerApi.get("/api/v1/me/wallet").json().get("pending").asLong() > 0);
		wallets.clearDue(Instant.now().plus(Duration.ofDays(6)));
	}

	private void awaitMilestone(UUID milestone, String status) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> status.equals(market.milestoneStatus(milestone)));
	}

	private int postingsFor(UUID checkout) {
		return jdbc.sql("select count(*) from payments.transactions where checkout_id = ?").param(checkout)
			.query(Integer.class).single();
	}

	private static boolean succeeds(Runnable move) {
		try {
			move.run();
			return true;
		}
		catch (Rejected refused) {
			return false;
		}
	}
}
