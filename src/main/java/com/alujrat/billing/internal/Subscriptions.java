package com.alujrat.billing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.AccountType;
import com.alujrat.accounts.Accounts;
import com.alujrat.notifications.Notifications;
import com.alujrat.notifications.Topic;
import com.alujrat.billing.internal.Plan.Period;
import com.alujrat.payments.Cashier;
import com.alujrat.payments.CheckoutPaid;
import com.alujrat.payments.FeeRefunded;
import com.alujrat.payments.Payables;
import com.alujrat.payments.Purpose;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.Ui;
import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions to paid plans. Paying starts (or, in the last 3 days, renews) a month or a year; a subscription
 * runs to the end of what was paid even when cancelled; an unpaid renewal keeps the plan 3 days' grace, then the
 * person is back on the free plan. A new paid plan replaces the running one at once (no proration yet).
 */
@Service
public class Subscriptions implements Payables {

	static final Duration RENEWAL_WINDOW = Duration.ofDays(3);

	static final Duration GRACE = Duration.ofDays(3);

	private final JdbcClient jdbc;

	private final Plans plans;

	private final Accounts accounts;

	private final Cashier cashier;

	private final Notifications mail;

	private final Clock clock;

	Subscriptions(JdbcClient jdbc, Plans plans, Accounts accounts, Cashier cashier, Notifications mail, Clock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.accounts = accounts;
		this.cashier = cashier;
		this.mail = mail;
		this.clock = clock;
	}

	public record Subscription(UUID id, UUID userId, UUID planId, Period period, String status,
			Instant currentPeriodEnd, boolean cancelAtPeriodEnd, Instant createdAt) {
	}

	/** The plan that applies now, and the subscription it comes from (null on the free plan). */
	public record Current(Plan plan, Subscription subscription, boolean renewalDue) {
	}

	public Current current(UserId user) {
		Optional<Subscription> running = running(user);
		if (running.isPresent()) {
			Subscription s = running.get();
			return new Current(plans.find(s.planId()).orElseThrow(), s, renewalDue(s));
		}
		boolean freelancer = accounts.find(user).map(a -> a.type() == AccountType.FREELANCER).orElse(false);
		return new Current(plans.defaultFor(freelancer ? "FREELANCER" : "EMPLOYER"), null, false);
	}

	/**
	 * Starts the change to {@code planId}: a checkout for a paid plan (replacing the running one once paid), or,
	 * for the free plan, the running subscription cancelled to end with its period. Null when no payment is needed.
	 */
	@Transactional
	public Cashier.Opened subscribe(UserId user, UUID planId, String periodText, String gateway) {
		String audience = audience(user);
		Plan plan = (planId == null ? Optional.<Plan>empty() : plans.find(planId))
			.filter(p -> p.active() && p.audience().equals(audience))
			.orElseThrow(() -> new Rejected("planId", "plan.unknown"));
		if (plan.free()) {
			running(user).ifPresent(s -> setCancel(s.id(), true));
			return null;
		}
		Period period = period(periodText);
		if (plan.price(period) == 0) {
			throw new Rejected("period", "plan.period.unavailable");
		}
		Optional<Subscription> running = running(user);
		if (running.isPresent() && running.get().planId().equals(plan.id()) && running.get().period() == period) {
			if (running.get().cancelAtPeriodEnd()) {
				setCancel(running.get().id(), false);
				return null;
			}
			throw Rejected.conflict("subscription.same");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into billing.subscriptions (id, user_id, plan_id, period, status, created_at)
				values (?, ?, ?, ?, 'AWAITING_PAYMENT', ?)""")
			.params(id, user.value(), plan.id(), period.name(), Timestamp.from(clock.instant()))
			.update();
		return cashier.open(Purpose.SUBSCRIPTION, id, gateway, user);
	}

	/** A checkout for the running subscription's next period, in its last 3 days or its grace. */
	public Cashier.Opened renew(UserId user, String gateway) {
		Subscription running = running(user).orElseThrow(() -> Rejected.conflict("subscription.none"));
		return cashier.open(Purpose.SUBSCRIPTION, running.id(), gateway, user);
	}

	/** Cancels the running subscription: it runs to the end of its period, then the free plan applies. */
	@Transactional
	public void cancel(UserId user) {
		Subscription running = running(user).orElseThrow(() -> Rejected.conflict("subscription.none"));
		setCancel(running.id(), true);
	}

	@Override
	public Purpose purpose() {
		return Purpose.SUBSCRIPTION;
	}

	@Override
	public Bill bill(UUID subscriptionId, UserId payer) {
		Subscription s = find(subscriptionId).filter(x -> x.userId().equals(payer.value()))
			.orElseThrow(() -> new NotFound("No such subscription."));
		boolean payable = "AWAITING_PAYMENT".equals(s.status())
				|| (("ACTIVE".equals(s.status()) || "GRACE".equals(s.status())) && renewalDue(s));
		if (!payable) {
			throw Rejected.conflict("subscription.notPayable");
		}
		Plan plan = plans.find(s.planId()).orElseThrow();
		return new Bill(new Money(plan.price(s.period())),
				plan.nameEn() + " · " + s.period().name().toLowerCase(Locale.ROOT), null);
	}

	/** A running subscription's fee may be refunded (within the policy's 7 days, which payments checks). */
	@Override
	public boolean refundableByStaff(UUID subscriptionId) {
		return find(subscriptionId).map(s -> "ACTIVE".equals(s.status()) || "GRACE".equals(s.status())).orElse(false);
	}

	/** A refunded subscription ends at once: the free plan applies again. */
	@ApplicationModuleListener
	void on(FeeRefunded refunded) {
		if (refunded.purpose() == Purpose.SUBSCRIPTION) {
			jdbc.sql("update billing.subscriptions set status = 'ENDED' where id = ? and status in ('ACTIVE', 'GRACE')")
				.param(refunded.referenceId())
				.update();
			jdbc.sql("update billing.payments set refunded_at = ? where checkout_id = ?")
				.params(Timestamp.from(clock.instant()), refunded.checkout())
				.update();
		}
	}

	@ApplicationModuleListener
	void on(CheckoutPaid paid) {
		if (paid.purpose() == Purpose.SUBSCRIPTION) {
			paid(paid);
		}
	}

	@Transactional
	public void paid(CheckoutPaid paid) {
		int counted = jdbc.sql("""
				insert into billing.payments (checkout_id, subscription_id, user_id, amount, paid_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(paid.checkout(), paid.referenceId(), paid.payer().value(), paid.amount().paisa(),
					Timestamp.from(clock.instant()))
			.update();
		if (counted == 0) {
			return;
		}
		Subscription s = jdbc.sql(SELECT + " where id = ? for update").param(paid.referenceId()).query(Subscriptions::map)
			.single();
		Instant now = clock.instant();
		// A first payment, or a late one for a subscription that ended meanwhile, starts a period now and replaces
		// the plan running; a renewal extends the running period.
		boolean starting = !"ACTIVE".equals(s.status()) && !"GRACE".equals(s.status());
		Instant from = starting || s.currentPeriodEnd().isBefore(now) ? now : s.currentPeriodEnd();
		if (starting) {
			jdbc.sql("update billing.subscriptions set status = 'ENDED' where user_id = ? and status in ('ACTIVE', 'GRACE')")
				.param(s.userId())
				.update();
		}
		jdbc.sql("""
				update billing.subscriptions set status = 'ACTIVE', current_period_end = ?, cancel_at_period_end = false
				where id = ?""")
			.params(Timestamp.from(end(from, s.period())), s.id())
			.update();
		mail.notify(paid.payer(), Topic.PAYMENTS, "subscriptionActive", "/plans", plans.find(s.planId()).orElseThrow().nameEn());
	}

	/** Reminds 3 days ahead, puts unpaid renewals in grace, ends what ran out. */
	@Transactional
	public void sweep() {
		Instant now = clock.instant();
		List<Subscription> dueSoon = jdbc.sql(SELECT + """
				 where status = 'ACTIVE' and not cancel_at_period_end and current_period_end <= ?
				and (reminded_for is null or reminded_for <> current_period_end) for update skip locked""")
			.param(Timestamp.from(now.plus(RENEWAL_WINDOW)))
			.query(Subscriptions::map)
			.list();
		for (Subscription s : dueSoon) {
			jdbc.sql("update billing.subscriptions set reminded_for = current_period_end where id = ?").param(s.id()).update();
			mail.notify(new UserId(s.userId()), Topic.PAYMENTS, "subscriptionRenewal", "/plans",
					java.time.LocalDate.ofInstant(s.currentPeriodEnd(), Ui.KARACHI).toString());
		}
		jdbc.sql("""
				update billing.subscriptions set status = case when cancel_at_period_end then 'ENDED' else 'GRACE' end
				where status = 'ACTIVE' and current_period_end <= ?""")
			.param(Timestamp.from(now))
			.update();
		List<UUID> ended = jdbc.sql("""
				update billing.subscriptions set status = 'ENDED'
				where status = 'GRACE' and current_period_end <= ? returning user_id""")
			.param(Timestamp.from(now.minus(GRACE)))
			.query(UUID.class)
			.list();
		ended.forEach(user -> mail.notify(new UserId(user), Topic.PAYMENTS, "subscriptionEnded", "/plans"));
	}

	private Optional<Subscription> running(UserId user) {
		return jdbc.sql(SELECT + " where user_id = ? and status in ('ACTIVE', 'GRACE')")
			.param(user.value())
			.query(Subscriptions::map)
			.optional();
	}

	private Optional<Subscription> find(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(Subscriptions::map).optional();
	}

	private boolean renewalDue(Subscription s) {
		return !s.cancelAtPeriodEnd() && s.currentPeriodEnd() != null
				&& !s.currentPeriodEnd().isAfter(clock.instant().plus(RENEWAL_WINDOW));
	}

	private void setCancel(UUID id, boolean cancel) {
		jdbc.sql("update billing.subscriptions set cancel_at_period_end = ? where id = ?").params(cancel, id).update();
	}

	private String audience(UserId user) {
		Account account = accounts.find(user).orElseThrow();
		if (account.type() == AccountType.STAFF) {
			throw Rejected.forbidden("planId", "plan.staff");
		}
		return account.type().name();
	}

	private static Period period(String text) {
		try {
			return Period.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new Rejected("period", "plan.period.invalid");
		}
	}

	private static Instant end(Instant from, Period period) {
		ZonedDateTime start = from.atZone(Ui.KARACHI);
		return (period == Period.YEARLY ? start.plusYears(1) : start.plusMonths(1)).toInstant();
	}

	private static final String SELECT = """
			select id, user_id, plan_id, period, status, current_period_end, cancel_at_period_end, created_at
			from billing.subscriptions""";

	private static Subscription map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp end = rs.getTimestamp("current_period_end");
		return new Subscription(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				rs.getObject("plan_id", UUID.class), Period.valueOf(rs.getString("period")), rs.getString("status"),
				end == null ? null : end.toInstant(), rs.getBoolean("cancel_at_period_end"),
				rs.getTimestamp("created_at").toInstant());
	}
}
