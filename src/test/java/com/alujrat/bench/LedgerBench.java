package com.alujrat.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.alujrat.AlUjratApplication;
import com.alujrat.payments.internal.Ledger;
import com.alujrat.payments.internal.Ledger.Leg;
import com.alujrat.payments.internal.Ledger.Posting;
import com.alujrat.payments.internal.LedgerAccount;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Concurrent postings per second through {@link Ledger#post} (each in its own database transaction, as the platform
 * posts them), against a baseline in the same run: the same rows inserted into tables of the same shape without the
 * ledger's triggers and constraints. Afterwards the ledger's invariants are checked. Run by {@code bench/ledger/run}.
 */
public final class LedgerBench {

	public static void main(String[] args) throws Exception {
		int threads = Integer.getInteger("threads", 8);
		int seconds = Integer.getInteger("seconds", 20);
		String dir = System.getProperty("dir", "bench/.ledger");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AlUjratApplication.class)
			.properties("server.port=0", "alujrat.embedded-db.dir=" + dir + "/postgres", "alujrat.keys.dir=" + dir + "/keys",
					"alujrat.files.dir=" + dir + "/files", "spring.main.banner-mode=off", "logging.level.root=WARN")
			.run()) {
			Ledger ledger = app.getBean(Ledger.class);
			TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			prepareBaseline(jdbc);
			long before = jdbc.queryForObject("select count(*) from payments.transactions", Long.class);

			run("warm-up", threads, Math.max(3, seconds / 4), () -> cycle(ledger, transactions));
			long baseline = run("baseline", threads, seconds, () -> baselineCycle(jdbc, transactions));
			long postings = run("ledger", threads, seconds, () -> cycle(ledger, transactions));

			long counted = jdbc.queryForObject("select count(*) from payments.transactions", Long.class) - before;
			long unbalanced = jdbc.queryForObject(
					"select count(*) from (select 1 from payments.entries group by transaction_id having sum(amount) <> 0) t",
					Long.class);
			long negative = jdbc.queryForObject("""
					select count(*) from (select a.id from payments.accounts a join payments.entries e on e.account_id = a.id
					where a.kind in ('ESCROW', 'WALLET_PENDING', 'WALLET_AVAILABLE') group by a.id having sum(e.amount) > 0) t""",
					Long.class);
			double perSecond = postings / (double) seconds;
			double basePerSecond = baseline / (double) seconds;
			System.out.printf(Locale.ROOT, "%nthreads %d, %d s each%n", threads, seconds);
			System.out.printf(Locale.ROOT, "baseline (same rows, no ledger checks): %.0f postings/s%n", basePerSecond);
			System.out.printf(Locale.ROOT, "ledger: %.0f postings/s (ratio ledger / baseline %.2f)%n", perSecond,
					perSecond / basePerSecond);
			System.out.printf(Locale.ROOT, "transactions in the ledger since the start: %d (warm-up included)%n", counted);
			System.out.printf(Locale.ROOT, "violations: %d unbalanced transactions, %d escrow or wallet accounts below zero%n",
					unbalanced, negative);
			if (unbalanced + negative > 0) {
				System.exit(1);
			}
		}
	}

	/** One contract's money: funded, released less a 10 % fee, cleared; three postings. */
	private static int cycle(Ledger ledger, TransactionTemplate transactions) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		UUID contract = UUID.randomUUID();
		UUID freelancer = new UUID(0, random.nextInt(1_000));
		long amount = 100_000 + random.nextLong(10_000_000);
		long fee = amount / 10;
		transactions.executeWithoutResult(status -> ledger.post(Posting.of("FUNDING", "bench",
				List.of(Leg.debit(LedgerAccount.clearing("SANDBOX"), amount), Leg.credit(LedgerAccount.escrow(contract), amount)))));
		transactions.executeWithoutResult(status -> ledger.post(Posting.of("RELEASE", "bench",
				List.of(Leg.debit(LedgerAccount.escrow(contract), amount),
						Leg.credit(LedgerAccount.pending(freelancer), amount - fee), Leg.credit(LedgerAccount.revenue(), fee)))));
		transactions.executeWithoutResult(status -> ledger.post(Posting.of("CLEARANCE", "bench",
				List.of(Leg.debit(LedgerAccount.pending(freelancer), amount - fee),
						Leg.credit(LedgerAccount.available(freelancer), amount - fee)))));
		return 3;
	}

	/** The same three transactions' rows, into plain tables. */
	private static int baselineCycle(JdbcTemplate jdbc, TransactionTemplate transactions) {
		long amount = 100_000 + ThreadLocalRandom.current().nextLong(10_000_000);
		for (int legs : new int[] { 2, 3, 2 }) {
			transactions.executeWithoutResult(status -> {
				UUID id = UUID.randomUUID();
				jdbc.update("insert into bench_baseline.transactions (id, kind, memo, posted_at) values (?, 'X', 'bench', now())", id);
				List<Object[]> rows = new ArrayList<>();
				for (int i = 0; i < legs; i++) {
					rows.add(new Object[] { id, i == 0 ? amount : -amount / (legs - 1) });
				}
				jdbc.batchUpdate("insert into bench_baseline.entries (transaction_id, amount) values (?, ?)", rows);
			});
		}
		return 3;
	}

	private static void prepareBaseline(JdbcTemplate jdbc) {
		jdbc.execute("drop schema if exists bench_baseline cascade");
		jdbc.execute("create schema bench_baseline");
		jdbc.execute("create table bench_baseline.transactions (id uuid primary key, number bigint generated always as identity,"
				+ " kind text, memo text, posted_at timestamptz)");
		jdbc.execute("create table bench_baseline.entries (id bigint generated always as identity primary key,"
				+ " transaction_id uuid, amount bigint)");
	}

	private static long run(String name, int threads, int seconds, java.util.function.IntSupplier cycle)
			throws InterruptedException {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong done = new AtomicLong();
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Thread worker = new Thread(() -> {
				while (!stop.get()) {
					done.addAndGet(cycle.getAsInt());
				}
			}, name + "-" + i);
			workers.add(worker);
			worker.start();
		}
		Thread.sleep(seconds * 1000L);
		stop.set(true);
		for (Thread worker : workers) {
			worker.join();
		}
		System.out.printf(Locale.ROOT, "%s: %d postings in %d s%n", name, done.get(), seconds);
		return done.get();
	}
}
