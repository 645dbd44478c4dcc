package com.alujrat.privacy.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.AccountStatus;
import com.alujrat.accounts.Accounts;
import com.alujrat.accounts.GuardianConsentWithdrawn;
import com.alujrat.platform.Erasable;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.UserId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasing an unsupervised minor (policy 6), when staff learn of one or their guardian withdraws consent: the
 * account is terminated (closed, every session ended) and every module erases the person's data in one transaction,
 * keeping only what the ledger needs under the pseudonymous id. A legal hold or money in play stops it: staff are
 * told why; a guardian's withdrawal then closes the account and waits (retried when the hold goes, and nightly).
 */
@Service
public class Erasures {

	private static final Logger log = LoggerFactory.getLogger(Erasures.class);

	private final Accounts accounts;

	private final Retention retention;

	private final List<Erasable> erasables;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final com.alujrat.verification.Verifications verifications;

	private final Closures closures;

	private final DataExports exports;

	private final org.springframework.transaction.support.TransactionTemplate transactions;

	Erasures(Accounts accounts, Retention retention, List<Erasable> erasables, JdbcClient jdbc, Clock clock,
			com.alujrat.verification.Verifications verifications, Closures closures, DataExports exports,
			org.springframework.transaction.PlatformTransactionManager transactions) {
		this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.closures = closures;
		this.exports = exports;
		this.verifications = verifications;
		this.accounts = accounts;
		this.retention = retention;
		this.erasables = erasables.stream().sorted(Comparator.comparingInt(Erasable::order)).toList();
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void eraseMinor(UserId user, UserId staff, String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new Rejected("reason", "privacy.erasure.reasonRequired");
		}
		erase(user, "STAFF", staff, reason.strip());
	}

	/**
	 * The guardian's word is enough to end the account at once. Under a legal hold, or while money is in play, it is
	 * closed but not erased: staff (who see the withdrawal in the log) settle or wait for the hold, then erase.
	 */
	@ApplicationModuleListener
	void on(GuardianConsentWithdrawn withdrawn) {
		byGuardian(withdrawn.minor());
	}

	/** When a hold is released, what it held back is done now. */
	@ApplicationModuleListener
	void on(Retention.HoldReleased released) {
		if (pending().contains(released.user())) {
			byGuardian(released.user());
		}
	}

	/** Every night, withdrawals held back by money in play are tried again. */
	@Scheduled(cron = "0 0 4 * * *", zone = "Asia/Karachi")
	@SchedulerLock(name = "pendingErasures", lockAtMostFor = "PT1H")
	public void retryPending() {
		pending().forEach(user -> transactions.executeWithoutResult(status -> byGuardian(user)));
	}

	private List<UserId> pending() {
		return jdbc.sql("select user_id from privacy.pending_erasures")
			.query((rs, n) -> new UserId(rs.getObject("user_id", java.util.UUID.class)))
			.list();
	}

	private void byGuardian(UserId minor) {
		try {
			erase(minor, "GUARDIAN", null, "");
			jdbc.sql("delete from privacy.pending_erasures where user_id = ?").param(minor.value()).update();
		}
		catch (Rejected refused) {
			log.warn("Guardian withdrew consent for {} but it cannot be erased yet ({}): closed, erasure pending",
					minor.value(), refused.messageKey());
			accounts.find(minor)
				.filter(a -> a.status() != AccountStatus.CLOSED)
				.ifPresent(a -> accounts.close(a.id(), clock.instant()));
			jdbc.sql("""
					insert into privacy.pending_erasures (user_id, requested_at, blocked_by) values (?, ?, ?)
					on conflict (user_id) do update set blocked_by = excluded.blocked_by""")
				.params(minor.value(), java.sql.Timestamp.from(clock.instant()), refused.messageKey())
				.update();
		}
	}

	private void erase(UserId user, String source, UserId staff, String reason) {
		Account account = accounts.find(user).orElseThrow(() -> new NotFound("No such account."));
		if (accounts.isStaff(user)) {
			throw new Rejected("userId", "privacy.erasure.staff", HttpStatus.CONFLICT, "staff-account");
		}
		if (retention.held(user)) {
			throw new Rejected("userId", "privacy.erasure.held", HttpStatus.CONFLICT, "legal-hold");
		}
		List<String> unsettled = closures.unsettled(user);
		if (!unsettled.isEmpty()) {
			throw new Rejected("userId", "privacy.erasure.unsettled", HttpStatus.CONFLICT, "erasure-refused",
					String.join("; ", unsettled));
		}
		if (erased(user)) {
			return;
		}
		Instant now = clock.instant();
		if (account.status() != AccountStatus.CLOSED) {
			accounts.close(user, now);
		}
		List<String> emails = new ArrayList<>(List.of(account.email()));
		accounts.guardianOf(user).ifPresent(g -> emails.add(g.email()));
		Erasable.Person person = new Erasable.Person(user, emails, verifications.confirmedPhone(user).stream().toList());
		erasables.forEach(erasable -> erasable.erase(person));
		jdbc.sql("""
				insert into privacy.erasures (user_id, erased_at, source, erased_by, reason) values (?, ?, ?, ?, ?)""")
			.params(user.value(), Timestamp.from(now), source, staff == null ? null : staff.value(), reason)
			.update();
		jdbc.sql("update privacy.closures set reason = '' where user_id = ?").param(user.value()).update();
		jdbc.sql("delete from privacy.cookie_consents where user_id = ?").param(user.value()).update();
		exports.forget(user);
	}

	public boolean erased(UserId user) {
		return jdbc.sql("select exists (select 1 from privacy.erasures where user_id = ?)")
			.param(user.value())
			.query(Boolean.class)
			.single();
	}
}
