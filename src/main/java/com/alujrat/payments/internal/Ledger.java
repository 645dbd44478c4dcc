package com.alujrat.payments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The double-entry ledger: a posting is one transaction whose signed entries (debit positive, credit negative) sum
 * to zero. The database refuses an unbalanced transaction at commit and any change to a posted entry; balances are
 * always sums of entries.
 */
@Component
public class Ledger {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	private final Map<String, UUID> systemAccounts = new ConcurrentHashMap<>();

	// The accounts most recently created or confirmed, oldest forgotten first.
	private final Set<UUID> known = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
			return size() > 100_000;
		}
	}));

	Ledger(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	/** One leg of a posting: {@code amount} paisa debited (positive) or credited (negative) to {@code account}. */
	public record Leg(LedgerAccount account, long amount) {

		public static Leg debit(LedgerAccount account, long paisa) {
			return new Leg(account, paisa);
		}

		public static Leg credit(LedgerAccount account, long paisa) {
			return new Leg(account, -paisa);
		}
	}

	/** What a posting is about; the ids are optional links for statements and receipts. */
	public record Posting(String kind, String memo, UUID contractId, UUID milestoneId, UUID checkoutId, UUID payoutId,
			List<Leg> legs) {

		public static Posting of(String kind, String memo, List<Leg> legs) {
			return new Posting(kind, memo, null, null, null, null, legs);
		}

		public Posting forMilestone(UUID contract, UUID milestone) {
			return new Posting(kind, memo, contract, milestone, checkoutId, payoutId, legs);
		}

		public Posting forCheckout(UUID checkout) {
			return new Posting(kind, memo, contractId, milestoneId, checkout, payoutId, legs);
		}

		public Posting forPayout(UUID payout) {
			return new Posting(kind, memo, contractId, milestoneId, checkoutId, payout, legs);
		}
	}

	/** Posts within the caller's transaction (it must have one: the postings of one step stand or fall together). */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID post(Posting posting) {
		if (posting.legs().stream().mapToLong(Leg::amount).sum() != 0 || posting.legs().size() < 2) {
			throw new IllegalArgumentException("An unbalanced posting: " + posting);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into payments.transactions (id, kind, memo, contract_id, milestone_id, checkout_id, payout_id, posted_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, posting.kind(), posting.memo(), posting.contractId(), posting.milestoneId(),
					posting.checkoutId(), posting.payoutId(), Timestamp.from(clock.instant()))
			.update();
		List<Object[]> rows = new ArrayList<>();
		for (Leg leg : posting.legs()) {
			if (leg.amount() != 0) {
				rows.add(new Object[] { id, accountId(leg.account()), leg.amount() });
			}
		}
		template.batchUpdate("insert into payments.entries (transaction_id, account_id, amount) values (?, ?, ?)", rows);
		return id;
	}

	/** The sum of an account's entries (0 for an account nothing was ever posted to). */
	public long balance(LedgerAccount account) {
		return jdbc.sql("""
				select coalesce(sum(e.amount), 0) from payments.entries e
				join payments.accounts a on a.id = e.account_id where a.code = ?""")
			.param(account.code())
			.query(Long.class)
			.single();
	}

	/**
	 * The account's id: the platform's own accounts are seeded and looked up once; a person's or a contract's account
	 * has an id derived from its code, created on first use. Accounts known to exist (committed) are not created
	 * again, so a posting to known accounts is two statements.
	 */
	private UUID accountId(LedgerAccount account) {
		if (account.owner() == null) {
			return systemAccounts.computeIfAbsent(account.code(), code -> jdbc
				.sql("select id from payments.accounts where code = ?").param(code).query(UUID.class).single());
		}
		UUID derived = UUID.nameUUIDFromBytes(("ledger-account:" + account.code()).getBytes(StandardCharsets.UTF_8));
		if (known.contains(derived)) {
			return derived;
		}
		UUID id = jdbc.sql("""
				insert into payments.accounts (id, code, kind, owner_id) values (?, ?, ?, ?)
				on conflict (code) do update set code = excluded.code returning id""")
			.params(derived, account.code(), account.kind().name(), account.owner())
			.query(UUID.class)
			.single();
		if (id.equals(derived)) {
			// Remembered only once committed: a rolled-back creation must be made again next time.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					known.add(derived);
				}
			});
		}
		return id;
	}
}
