package com.alujrat.privacy.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.alujrat.accounts.Accounts;
import com.alujrat.contracts.Contracts;
import com.alujrat.notifications.Marketing;
import com.alujrat.payments.Balances;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing an account (policy 5.2), by its owner after re-authentication or by SUPPORT on the owner's request. It is
 * refused while money is still in play: escrow held on a contract, or a balance not yet paid out. Staff may reopen a
 * closed account within the configured number of days.
 */
@Service
public class Closures {

	private final Accounts accounts;

	private final Contracts contracts;

	private final Balances balances;

	private final Marketing marketing;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration reactivationWindow;

	private final MessageSource messages;

	Closures(Accounts accounts, Contracts contracts, Balances balances, Marketing marketing, JdbcClient jdbc,
			Clock clock, @Value("${alujrat.privacy.reactivation-days:90}") int reactivationDays,
			MessageSource messages) {
		this.messages = messages;
		this.accounts = accounts;
		this.contracts = contracts;
		this.balances = balances;
		this.marketing = marketing;
		this.jdbc = jdbc;
		this.clock = clock;
		this.reactivationWindow = Duration.ofDays(reactivationDays);
	}

	/** A closure as its record keeps it; {@code closedBy} is null when the owner closed it. */
	public record Closure(UserId user, Instant closedAt, String reason, UserId closedBy, Instant reactivatedAt) {

		public boolean reopenableUntil(Instant now, Duration window) {
			return reactivatedAt == null && closedAt.plus(window).isAfter(now);
		}
	}

	/** The owner closes: password, a current code when two-factor is on, then the same checks as staff. */
	@Transactional
	public void closeOwn(UserId user, String password, String totp, String reason) {
		accounts.requirePassword(user, password, "password");
		accounts.requireSecondFactor(user, totp, "totp");
		close(user, reason, null);
	}

	/** SUPPORT closes on the owner's request (by mail or ticket); the reason says which. */
	@Transactional
	public void closeOnRequest(UserId user, UserId staff, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new Rejected("reason", "privacy.closure.reasonRequired");
		}
		if (accounts.isStaff(user)) {
			throw new Rejected("closure", "privacy.closure.staff", HttpStatus.CONFLICT, "staff-account");
		}
		close(user, reason, staff);
	}

	/** What must be settled before the account may close, in words for the reader; empty when nothing is. */
	public List<String> unsettled(UserId user) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> items = new ArrayList<>();
		contracts.withEscrowHeld(user)
			.forEach(title -> items.add(messages.getMessage("privacy.closure.escrowHeld", new Object[] { title }, locale)));
		if (balances.paying(user)) {
			items.add(messages.getMessage("privacy.closure.paying", null, locale));
		}
		Money unpaid = balances.unpaid(user);
		if (unpaid.paisa() > 0) {
			items.add(messages.getMessage("privacy.closure.balance", new Object[] { unpaid.format(locale) }, locale));
		}
		return items;
	}

	private void close(UserId user, String reason, UserId staff) {
		List<String> unsettled = unsettled(user);
		if (!unsettled.isEmpty()) {
			throw new Rejected("closure", "privacy.closure.unsettled", HttpStatus.CONFLICT, "closure-refused",
					String.join("; ", unsettled));
		}
		Instant now = clock.instant();
		accounts.close(user, now);
		marketing.choose(user, false, "account-closed");
		jdbc.sql("""
				insert into privacy.closures (user_id, closed_at, reason, closed_by) values (?, ?, ?, ?)""")
			.params(user.value(), Timestamp.from(now), reason == null ? "" : reason.strip(),
					staff == null ? null : staff.value())
			.update();
	}

	/** The latest closure of the user, if their account was ever closed. */
	public java.util.Optional<Closure> latest(UserId user) {
		return jdbc.sql("""
				select closed_at, reason, closed_by, reactivated_at from privacy.closures
				where user_id = ? order by closed_at desc limit 1""")
			.param(user.value())
			.query((rs, n) -> new Closure(user, rs.getTimestamp("closed_at").toInstant(), rs.getString("reason"),
					rs.getObject("closed_by", java.util.UUID.class) == null ? null
							: new UserId(rs.getObject("closed_by", java.util.UUID.class)),
					rs.getTimestamp("reactivated_at") == null ? null : rs.getTimestamp("reactivated_at").toInstant()))
			.optional();
	}

	/** Staff reopen a closed account on its owner's request, within the window. */
	@Transactional
	public void reactivate(UserId user, UserId staff) {
		Instant now = clock.instant();
		if (jdbc.sql("select exists (select 1 from privacy.erasures where user_id = ?)").param(user.value())
			.query(Boolean.class).single()) {
			throw Rejected.conflict("privacy.closure.erased");
		}
		Closure closure = latest(user).filter(c -> c.reactivatedAt() == null)
			.orElseThrow(() -> Rejected.conflict("account.closure.notClosed"));
		if (!closure.reopenableUntil(now, reactivationWindow)) {
			throw Rejected.conflict("privacy.closure.tooLate");
		}
		accounts.reactivate(user);
		jdbc.sql("""
				update privacy.closures set reactivated_at = ?, reactivated_by = ?
				where user_id = ? and reactivated_at is null""")
			.params(Timestamp.from(now), staff.value(), user.value())
			.update();
	}

	public Duration reactivationWindow() {
		return reactivationWindow;
	}
}
