package com.alujrat.payments;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.alujrat.accounts.StaffRole;
import com.alujrat.payments.internal.CheckoutStore;
import com.alujrat.payments.internal.EscrowBook;
import com.alujrat.payments.internal.PaymentGateway.Outcome;
import com.alujrat.payments.internal.Payouts;
import com.alujrat.payments.internal.Reconciliation;
import com.alujrat.payments.internal.SandboxGateway;
import com.alujrat.payments.internal.Wallets;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.UserId;
import com.alujrat.testing.Api;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.Payments;
import com.alujrat.testing.People;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A randomized concurrent workload on the ledger (funding with replayed and reordered callbacks, releases and refunds
 * racing, clearance, payouts approved and rejected), then its invariants.
 */
@IntegrationTest
class LedgerInvariantTests extends PlatformTestSupport {

	@Autowired
	SandboxGateway sandbox;

	@Autowired
	CheckoutStore checkouts;

	@Autowired
	EscrowBook escrow;

	@Autowired
	Wallets wallets;

	@Autowired
	Payouts payouts;

	@Autowired
	Reconciliation reconciliation;

	@Test
	void afterARandomConcurrentWorkloadEveryTransactionSumsToZeroAndEveryBalanceMatchesItsEntries() throws Exception {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		Marketplace market = new Marketplace(port, people, outbox, jdbc);
		Payments payments = new Payments(port, sandbox, checkouts);
		Api employer = market.as(market.verified("EMPLOYER"));
		List<Person> freelancers = List.of(market.verified("FREELANCER"), market.verified("FREELANCER"));
		List<Marketplace.Contract> contracts = new ArrayList<>();
		Map<UUID, UUID> freelancerOf = new java.util.HashMap<>();
		for (Person freelancer : freelancers) {
			Marketplace.Contract contract = market.contract(employer, market.as(freelancer), 1_000_000, 1_500_050,
					2_000_000, 700_000, 333_333);
			contracts.add(contract);
			contract.milestones().forEach(m -> freelancerOf.put(m, freelancer.id()));
		}
		List<UUID> milestones = contracts.stream().flatMap(c -> c.milestones().stream()).toList();
		Map<UUID, UUID> contractOf = new java.util.HashMap<>();
		contracts.forEach(c -> c.milestones().forEach(m -> contractOf.put(m, c.id())));
		ExecutorService pool = Executors.newFixedThreadPool(6);

		List<Callable<Object>> callbacks = new ArrayList<>();
		for (UUID milestone : milestones) {
			UUID checkout = payments.open(employer, "MILESTONE", milestone);
			Map<String, String> paid = payments.answer(checkout, Outcome.PAID);
			for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
				callbacks.add(() -> payments.callback(paid));
			}
			if (random.nextBoolean()) {
				Map<String, String> failed = payments.answer(checkout, Outcome.FAILED);
				callbacks.add(() -> payments.callback(failed));
			}
		}
		Collections.shuffle(callbacks, random);
		for (Future<Object> done : pool.invokeAll(callbacks)) {
			done.get();
		}
		for (UUID milestone : milestones) {
			assertThat(escrow.of(milestone)).as("milestone %s funded once (seed %d)", milestone, seed).isPresent();
		}

		List<Callable<Object>> moves = new ArrayList<>();
		for (UUID milestone : milestones) {
			UserId freelancer = new UserId(freelancerOf.get(milestone));
			moves.add(quietly(() -> escrow.release(contractOf.get(milestone), milestone, freelancer)));
			if (random.nextInt(3) == 0) {
				moves.add(quietly(() -> escrow.refund(contractOf.get(milestone), milestone, "Racing refund", null)));
			}
			if (random.nextInt(4) == 0) {
				moves.add(quietly(() -> wallets.clearDue(Instant.now().plus(Duration.ofDays(6)))));
			}
		}
		Collections.shuffle(moves, random);
		for (Future<Object> done : pool.invokeAll(moves)) {
			done.get();
		}
		wallets.clearDue(Instant.now().plus(Duration.ofDays(6)));

		UserId finance = new UserId(people.staff(StaffRole.FINANCE).id());
		List<Callable<Object>> withdrawals = new ArrayList<>();
		for (Person person : freelancers) {
			UserId freelancer = new UserId(person.id());
			UUID method = payouts.addMethod(freelancer, "JAZZCASH", "Ayesha Khan", "0300 1234567", People.PASSWORD).id();
			jdbc.sql("update payments.payout_methods set usable_from = now() - interval '1 minute' where id = ?")
				.param(method).update();
			for (int i = 0; i < 4; i++) {
				long amount = 100_00 + random.nextInt(2_000_000);
				withdrawals.add(quietly(() -> {
					Payouts.Payout payout = payouts.request(freelancer, method, amount);
					if (random.nextBoolean()) {
						payouts.approve(payout.id(), finance, "REF-" + payout.id().toString().substring(0, 8));
					}
					else {
						payouts.reject(payout.id(), finance, "Title does not match");
					}
				}));
			}
		}
		for (Future<Object> done : pool.invokeAll(withdrawals)) {
			done.get();
		}
		pool.shutdown();

		assertThat(jdbc.sql("select count(*) from (select 1 from payments.entries group by transaction_id having sum(amount) <> 0) t")
			.query(Integer.class).single()).as("seed %d", seed).isZero();
		assertThat(reconciliation.run().problems()).as("seed %d", seed).isEmpty();
		for (Marketplace.Contract contract : contracts) {
			long held = jdbc.sql("select coalesce(sum(funded - released - refunded), 0) from payments.escrows where contract_id = ?")
				.param(contract.id()).query(Long.class).single();
			long fromEntries = -jdbc.sql("""
					select coalesce(sum(e.amount), 0) from payments.entries e join payments.accounts a on a.id = e.account_id
					where a.code = ?""").param("escrow:" + contract.id()).query(Long.class).single();
			assertThat(held).as("seed %d", seed).isEqualTo(fromEntries).isGreaterThanOrEqualTo(0);
			for (UUID milestone : contract.milestones()) {
				EscrowBook.Held h = escrow.of(milestone).orElseThrow();
				assertThat(h.funded() - h.released() - h.refunded()).isEqualTo(h.remaining()).isGreaterThanOrEqualTo(0);
				assertThat(jdbc.sql("select count(*) from payments.transactions where milestone_id = ? and kind = 'FUNDING'")
					.param(milestone).query(Integer.class).single()).as("seed %d", seed).isEqualTo(1);
			}
		}
		for (Person person : freelancers) {
			Wallets.Balance balance = wallets.balance(new UserId(person.id()));
			assertThat(balance.available()).as("seed %d", seed).isGreaterThanOrEqualTo(0);
			assertThat(balance.pending()).isZero();
		}
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> milestones.stream()
			.noneMatch(m -> "FUNDED".equals(market.milestoneStatus(m)) && escrow.of(m).orElseThrow().refunded() > 0));
	}

	private static Callable<Object> quietly(Runnable move) {
		return () -> {
			try {
				move.run();
			}
			catch (Rejected refused) {
				// Lost a race or asked for more than the balance: the ledger must simply not move.
			}
			return null;
		};
	}
}
