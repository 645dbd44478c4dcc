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
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasing an unsupervised minor (policy 6), when staff learn of one or their guardian withdraws consent: the
 * account is terminated (closed, every session ended) and every module erases the person's data in one transaction,
 * keeping only what the ledger needs under the pseudonymous id. A legal hold stops it until LEGAL releases the hold.
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

	Erasures(Accounts accounts, Retention retention, List<Erasable> erasables, JdbcClient jdbc, Clock clock,
			com.alujrat.verification.Verifications verifications, Closures closures, DataExports exports) {
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
		try {
			erase(withdrawn.minor(), "GUARDIAN", null, "");
		}
		catch (Rejected refused) {
			log.warn("Guardian withdrew consent for {} but it cannot be erased yet ({}): closed only",
					withdrawn.minor().value(), refused.messageKey());
			accounts.find(withdrawn.minor())
				.filter(a -> a.status() != AccountStatus.CLOSED)
				.ifPresent(a -> accounts.close(a.id(), clock.instant()));
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
