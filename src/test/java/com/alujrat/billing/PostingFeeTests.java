package com.alujrat.billing;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.alujrat.payments.internal.CheckoutStore;
import com.alujrat.payments.internal.SandboxGateway;
import com.alujrat.testing.Api;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.Payments;
import com.alujrat.testing.PlatformTestSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With a posting fee (the demo's Rs 500) a draft is published once its fee is paid. Its own context, for the fee. */
@IntegrationTest
@TestPropertySource(properties = "alujrat.billing.posting-fee=50000")
class PostingFeeTests extends PlatformTestSupport {

	@Autowired
	SandboxGateway sandbox;

	@Autowired
	CheckoutStore checkouts;

	@Test
	void aDraftIsPublishedOnlyOnceItsPostingFeeIsPaidByItsEmployer() {
		Marketplace market = new Marketplace(port, people, outbox, jdbc);
		Api employer = market.as(market.verified("EMPLOYER"));
		UUID draft = market.draft(employer, Map.of());
		Api.Response refused = employer.post("/api/v1/projects/" + draft + "/publish", Map.of());
		assertThat(refused.status()).isEqualTo(402);
		assertThat(refused.hasFieldError("fee")).isTrue();
		assertThat(refused.body()).contains("Rs 500");

		Map<String, Object> fee = Map.of("purpose", "POSTING_FEE", "referenceId", draft, "gateway", "SANDBOX");
		assertThat(market.as(market.verified("EMPLOYER")).post("/api/v1/payments/checkouts", fee).status()).isEqualTo(404);
		Payments payments = new Payments(port, sandbox, checkouts);
		UUID checkout = payments.pay(employer, "POSTING_FEE", draft);
		assertThat(employer.get("/api/v1/payments/checkouts/" + checkout).json().get("amount").asLong()).isEqualTo(50_000);
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> "OPEN".equals(employer.get("/api/v1/projects/" + draft).json().get("status").asString()));
		assertThat(employer.post("/api/v1/payments/checkouts", fee).status()).isEqualTo(404);
		Api finance = market.as(people.staff(com.alujrat.accounts.StaffRole.FINANCE));
		String ref = employer.get("/api/v1/payments/checkouts/" + checkout).text("reference");
		assertThat(finance.post("/api/v1/staff/refunds/fees", Map.of("checkoutRef", ref, "reason", "Wants it back"))
			.status()).as("the fee was used: the project is published").isEqualTo(409);
	}
}
