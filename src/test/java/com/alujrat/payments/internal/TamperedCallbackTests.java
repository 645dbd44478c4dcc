package com.alujrat.payments.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.alujrat.payments.Purpose;
import com.alujrat.platform.Keys;
import com.alujrat.testing.Api;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.Payments;
import com.alujrat.testing.PlatformTestSupport;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TamperedCallbackTests extends PlatformTestSupport {

	@Autowired
	SandboxGateway sandbox;

	@Autowired
	CheckoutStore checkouts;

	@Autowired
	Keys keys;

	@Autowired
	PaymentSettings settings;

	@Autowired
	Environment environment;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate template;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Reconciliation reconciliation;

	@Test
	void aCallbackWithABadSignatureAChangedAmountAStaleTimeOrAnUnknownCheckoutIsRefusedAndPostsNothing()
			throws Exception {
		Marketplace market = new Marketplace(port, people, outbox, jdbc);
		Api employer = market.as(market.verified("EMPLOYER"));
		Marketplace.Contract contract = market.contract(employer, market.as(market.verified("FREELANCER")), 4_000_000);
		Payments payments = new Payments(port, sandbox, checkouts);
		UUID id = payments.open(employer, "MILESTONE", contract.milestones().get(0));
		Checkout checkout = checkouts.find(id).orElseThrow();

		Map<String, String> forged = new HashMap<>(payments.answer(id, PaymentGateway.Outcome.FAILED));
		forged.put("status", "PAID");
		Checkout cheaper = new Checkout(checkout.id(), checkout.ref(), Purpose.MILESTONE, checkout.referenceId(),
				checkout.payerId(), 100, "PKR", "", checkout.contractId(), Gateway.SANDBOX, Checkout.Status.PENDING, null,
				checkout.createdAt(), checkout.expiresAt(), null, null);
		Checkout unknown = new Checkout(UUID.randomUUID(), "AU999999999999", Purpose.MILESTONE, checkout.referenceId(),
				checkout.payerId(), checkout.amount(), "PKR", "", checkout.contractId(), Gateway.SANDBOX,
				Checkout.Status.PENDING, null, checkout.createdAt(), checkout.expiresAt(), null, null);
		SandboxGateway lateSandbox = new SandboxGateway(keys, Clock.offset(clock, Duration.ofMinutes(-6)), settings,
				environment);

		assertRefused(payments, forged, "BAD_SIGNATURE");
		assertRefused(payments, sandbox.answer(cheaper, PaymentGateway.Outcome.PAID), "AMOUNT_MISMATCH");
		assertRefused(payments, lateSandbox.answer(checkout, PaymentGateway.Outcome.PAID), "STALE");
		assertRefused(payments, sandbox.answer(unknown, PaymentGateway.Outcome.PAID), "UNKNOWN_CHECKOUT");
		assertRefused(payments, Map.of("ref", checkout.ref()), "BAD_SIGNATURE");

		assertThat(reconciliation.refusedCallbacks(1))
			.as("FINANCE sees what was refused, and for which checkout")
			.anyMatch(c -> c.reason().equals("STALE") && checkout.ref().equals(c.checkoutRef()));
		assertThat(checkouts.find(id).orElseThrow().status()).isEqualTo(Checkout.Status.PENDING);
		assertThat(jdbc.sql("select count(*) from payments.transactions where checkout_id = ?").param(id)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from payments.escrows where milestone_id = ?")
			.param(contract.milestones().get(0)).query(Integer.class).single()).isZero();
	}

	@Test
	void postedEntriesCannotBeChangedOrRemovedAndATransactionThatDoesNotSumToZeroIsRefused() {
		assertThatThrownBy(() -> template.update("update payments.entries set amount = amount + 1 where id = (select min(id) from payments.entries)"))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> template.update("delete from payments.entries"))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> template.update("update payments.transactions set memo = 'x'"))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			UUID transaction = UUID.randomUUID();
			template.update("insert into payments.transactions (id, kind, memo, posted_at) values (?, 'FEE', 'forged', now())",
					transaction);
			template.update("""
					insert into payments.entries (transaction_id, account_id, amount)
					select ?, id, 500 from payments.accounts where code = 'revenue'""", transaction);
		})).rootCause().hasMessageContaining("does not sum to zero");
	}

	private void assertRefused(Payments payments, Map<String, String> fields, String reason) {
		var answer = payments.callback("sandbox", fields);
		assertThat(answer.statusCode()).as(reason).isEqualTo(400);
		assertThat(answer.body()).contains("callback-refused", reason);
		assertThat(jdbc.sql("select outcome from payments.callbacks order by id desc limit 1").query(String.class).single())
			.isEqualTo(reason);
	}
}
