package com.alujrat.payments.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.alujrat.accounts.Accounts;
import com.alujrat.notifications.Notifications;
import com.alujrat.notifications.Topic;
import com.alujrat.payments.internal.Ledger.Leg;
import com.alujrat.payments.internal.Ledger.Posting;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.SensitiveValues;
import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;
import com.alujrat.verification.Verifications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freelancers withdraw their available balance to a bank account (IBAN) or a JazzCash or Easypaisa wallet. A new
 * payout method waits three days before its first use (a stolen session cannot empty a wallet at once); FINANCE
 * staff approve a payout with the bank's reference or reject it with a reason, and the money returns to the wallet.
 */
@Service
public class Payouts {

	private final JdbcClient jdbc;

	private final Ledger ledger;

	private final Wallets wallets;

	private final SensitiveValues sensitive;

	private final Accounts accounts;

	private final Verifications verifications;

	private final Notifications mail;

	private final Clock clock;

	private final Duration wait;

	Payouts(JdbcClient jdbc, Ledger ledger, Wallets wallets, SensitiveValues sensitive, Accounts accounts,
			Verifications verifications, Notifications mail, Clock clock, PaymentSettings settings) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.wallets = wallets;
		this.sensitive = sensitive;
		this.accounts = accounts;
		this.verifications = verifications;
		this.mail = mail;
		this.clock = clock;
		this.wait = Duration.ofDays(settings.payoutMethodWaitDays());
	}

	public enum Kind {
		BANK, JAZZCASH, EASYPAISA
	}

	public record Method(UUID id, Kind kind, String accountTitle, String numberHint, Instant createdAt,
			Instant usableFrom) {
	}

	public record Payout(UUID id, UUID userId, UUID methodId, Kind kind, String numberHint, String accountTitle,
			long amount, String status, Instant requestedAt, Instant decidedAt, String reference, String reason) {
	}

	/** A new place to be paid; the person types their password again (a stolen session must not add one). */
	@Transactional
	public Method addMethod(UserId user, String kindText, String accountTitle, String number, String password) {
		requireMayWithdraw(user);
		Kind kind = kind(kindText);
		String title = accountTitle == null ? "" : accountTitle.strip();
		if (title.isEmpty() || title.length() > 100) {
			throw new Rejected("accountTitle", "payout.title.required");
		}
		String normalised = kind == Kind.BANK ? Iban.normalise(number) : Iban.mobileWallet(number);
		if (normalised == null) {
			throw new Rejected("number", kind == Kind.BANK ? "payout.iban.invalid" : "payout.wallet.invalid");
		}
		accounts.requirePassword(user, password, "password");
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		String hint = "•••• " + normalised.substring(normalised.length() - 4);
		jdbc.sql("""
				insert into payments.payout_methods (id, user_id, kind, account_title, number_sealed, number_hint,
				    created_at, usable_from) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, user.value(), kind.name(), title, sensitive.seal(normalised, user.value().toString()), hint,
					Timestamp.from(now), Timestamp.from(now.plus(wait)))
			.update();
		mail.alert(user, "payoutMethodAdded", "/wallet/payouts", kind.name(), hint, wait.toDays());
		return new Method(id, kind, title, hint, now, now.plus(wait));
	}

	public List<Method> methods(UserId user) {
		return jdbc.sql("""
				select id, kind, account_title, number_hint, created_at, usable_from from payments.payout_methods
				where user_id = ? and removed_at is null order by created_at""")
			.param(user.value())
			.query((rs, n) -> new Method(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
					rs.getString("account_title"), rs.getString("number_hint"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("usable_from").toInstant()))
			.list();
	}

	@Transactional
	public void removeMethod(UserId user, UUID method) {
		int removed = jdbc.sql("update payments.payout_methods set removed_at = ? where id = ? and user_id = ? and removed_at is null")
			.params(Timestamp.from(clock.instant()), method, user.value())
			.update();
		if (removed == 0) {
			throw new NotFound("No such payout method.");
		}
	}

	/** Moves {@code paisa} of the available balance into payouts in transit, for FINANCE to pay. */
	@Transactional
	public Payout request(UserId user, UUID methodId, Long paisa) {
		requireMayWithdraw(user);
		Method method = methods(user).stream().filter(m -> m.id().equals(methodId)).findFirst()
			.orElseThrow(() -> new Rejected("methodId", "payout.method.required"));
		if (method.usableFrom().isAfter(clock.instant())) {
			throw new Rejected("methodId", "payout.method.waiting", org.springframework.http.HttpStatus.CONFLICT,
					"state-conflict", java.time.LocalDate.ofInstant(method.usableFrom(), com.alujrat.platform.web.Ui.KARACHI).toString());
		}
		if (paisa == null || paisa < 100_00) {
			throw new Rejected("amount", "payout.amount.minimum");
		}
		// One withdrawal at a time per person, so two cannot both spend the same balance.
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 7))").param("payout:" + user.value()).query(rs -> {
		});
		if (wallets.balance(user).available() < paisa) {
			throw new Rejected("amount", "payout.amount.tooMuch", org.springframework.http.HttpStatus.CONFLICT,
					"insufficient-balance");
		}
		UUID id = UUID.randomUUID();
		ledger.post(Posting.of("PAYOUT_REQUESTED", "Payout to " + method.kind().name() + " " + method.numberHint(),
				List.of(Leg.debit(LedgerAccount.available(user.value()), paisa),
						Leg.credit(LedgerAccount.payoutsInTransit(), paisa)))
			.forPayout(id));
		jdbc.sql("""
				insert into payments.payouts (id, user_id, method_id, amount, status, requested_at)
				values (?, ?, ?, ?, 'REQUESTED', ?)""")
			.params(id, user.value(), methodId, paisa, Timestamp.from(clock.instant()))
			.update();
		return find(id).orElseThrow();
	}

	public List<Payout> of(UserId user) {
		return jdbc.sql(SELECT + " where p.user_id = ? order by p.requested_at desc limit 100")
			.param(user.value())
			.query(Payouts::map)
			.list();
	}

	/** For FINANCE: the open ones first, then the latest decided. */
	public List<Payout> queue(boolean openOnly) {
		return jdbc.sql(SELECT + (openOnly ? " where p.status = 'REQUESTED'" : "")
				+ " order by p.status <> 'REQUESTED', p.requested_at limit 200")
			.query(Payouts::map)
			.list();
	}

	/** FINANCE paid it (the bank's or wallet's reference); the money leaves the platform. */
	@Transactional
	public void approve(UUID id, UserId staff, String reference) {
		if (reference == null || reference.isBlank() || reference.length() > 100) {
			throw new Rejected("reference", "payout.reference.required");
		}
		Payout payout = lockOpen(id);
		String channel = payout.kind() == Kind.BANK ? "BANK" : payout.kind().name();
		ledger.post(Posting.of("PAYOUT_PAID", "Payout paid, reference " + reference.strip(),
				List.of(Leg.debit(LedgerAccount.payoutsInTransit(), payout.amount()),
						Leg.credit(LedgerAccount.clearing(channel), payout.amount())))
			.forPayout(id));
		decide(id, "PAID", staff, reference.strip(), null);
		mail.notify(new UserId(payout.userId()), Topic.PAYMENTS, "payoutPaid", "/wallet", new Money(payout.amount()), reference.strip());
	}

	@Transactional
	public void reject(UUID id, UserId staff, String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new Rejected("reason", "payout.reason.required");
		}
		Payout payout = lockOpen(id);
		ledger.post(Posting.of("PAYOUT_REJECTED", "Payout rejected",
				List.of(Leg.debit(LedgerAccount.payoutsInTransit(), payout.amount()),
						Leg.credit(LedgerAccount.available(payout.userId()), payout.amount())))
			.forPayout(id));
		decide(id, "REJECTED", staff, null, reason.strip());
		mail.notify(new UserId(payout.userId()), Topic.PAYMENTS, "payoutRejected", "/wallet", new Money(payout.amount()), reason.strip());
	}

	/** The full account number of a payout, for FINANCE to pay it; the look is logged with its purpose. */
	@Transactional
	public String accountNumber(UUID payoutId, UserId staff, String purpose) {
		if (purpose == null || purpose.isBlank() || purpose.length() > 500) {
			throw new Rejected("purpose", "staff.purpose.required");
		}
		Payout payout = find(payoutId).orElseThrow(() -> new NotFound("No such payout."));
		byte[] sealed = jdbc.sql("select number_sealed from payments.payout_methods where id = ?")
			.param(payout.methodId())
			.query(byte[].class)
			.single();
		jdbc.sql("insert into payments.staff_views (staff_id, user_id, purpose, viewed_at) values (?, ?, ?, ?)")
			.params(staff.value(), payout.userId(), purpose.strip(), Timestamp.from(clock.instant()))
			.update();
		return sensitive.open(sealed, payout.userId().toString());
	}

	private java.util.Optional<Payout> find(UUID id) {
		return jdbc.sql(SELECT + " where p.id = ?").param(id).query(Payouts::map).optional();
	}

	private Payout lockOpen(UUID id) {
		jdbc.sql("select id from payments.payouts where id = ? for update").param(id).query(UUID.class).optional()
			.orElseThrow(() -> new NotFound("No such payout."));
		Payout payout = find(id).orElseThrow();
		if (!"REQUESTED".equals(payout.status())) {
			throw Rejected.conflict("payout.decided");
		}
		return payout;
	}

	private void decide(UUID id, String status, UserId staff, String reference, String reason) {
		jdbc.sql("update payments.payouts set status = ?, decided_by = ?, decided_at = ?, reference = ?, reason = ? where id = ?")
			.params(status, staff.value(), Timestamp.from(clock.instant()), reference, reason, id)
			.update();
	}

	/** Whether the person may add payout methods and withdraw: an account that may transact, a verified identity. */
	public boolean mayWithdraw(UserId user) {
		return accounts.mayTransact(user) && verifications.isVerified(user);
	}

	public long methodWaitDays() {
		return wait.toDays();
	}

	private void requireMayWithdraw(UserId user) {
		if (!mayWithdraw(user)) {
			throw Rejected.forbidden("status", "payout.verifiedOnly");
		}
	}

	private static Kind kind(String text) {
		try {
			return Kind.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new Rejected("kind", "payout.kind.invalid");
		}
	}

	private static final String SELECT = """
			select p.id, p.user_id, p.method_id, m.kind, m.number_hint, m.account_title, p.amount, p.status,
			    p.requested_at, p.decided_at, p.reference, p.reason
			from payments.payouts p join payments.payout_methods m on m.id = p.method_id""";

	private static Payout map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Payout(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				rs.getObject("method_id", UUID.class), Kind.valueOf(rs.getString("kind")), rs.getString("number_hint"),
				rs.getString("account_title"), rs.getLong("amount"), rs.getString("status"),
				rs.getTimestamp("requested_at").toInstant(), decided == null ? null : decided.toInstant(),
				rs.getString("reference"), rs.getString("reason"));
	}
}
