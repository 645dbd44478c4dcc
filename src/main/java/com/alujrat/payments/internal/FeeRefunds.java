package com.alujrat.payments.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.alujrat.payments.FeeRefunded;
import com.alujrat.payments.Purpose;
import com.alujrat.payments.internal.Ledger.Leg;
import com.alujrat.payments.internal.Ledger.Posting;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Refund & Return Policy for fees: a subscription or posting fee is refundable within 7 days if unused. FINANCE
 * refunds it by the checkout's reference; the module that sold it says whether it is still unused, and hears
 * {@link FeeRefunded} (a subscription ends at once).
 */
@Service
public class FeeRefunds {

	static final Duration WINDOW = Duration.ofDays(7);

	private final CheckoutStore checkouts;

	private final Refunds refunds;

	private final Sellers sellers;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	FeeRefunds(CheckoutStore checkouts, Refunds refunds, Sellers sellers,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.checkouts = checkouts;
		this.refunds = refunds;
		this.sellers = sellers;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void refund(String checkoutRef, String reason, UserId staff) {
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new Rejected("reason", "refund.reason.required");
		}
		Checkout checkout = (checkoutRef == null ? java.util.Optional.<Checkout>empty()
				: checkouts.lockByRef(checkoutRef.strip()))
			.filter(c -> c.status() == Checkout.Status.PAID && c.purpose() != Purpose.MILESTONE)
			.orElseThrow(() -> new Rejected("checkoutRef", "refund.fee.unknown"));
		if (checkout.settledAt().isBefore(clock.instant().minus(WINDOW))) {
			throw Rejected.conflict("refund.fee.late");
		}
		boolean refunded = jdbc.sql("select exists (select 1 from payments.refunds where checkout_id = ?)")
			.param(checkout.id())
			.query(Boolean.class)
			.single();
		boolean unused = sellers.refundableByStaff(checkout.purpose(), checkout.referenceId());
		if (refunded || !unused) {
			throw Rejected.conflict(refunded ? "refund.alreadySent" : "refund.fee.used");
		}
		refunds.open(checkout, Posting.of("REFUND", "POLICY: " + reason.strip(),
				List.of(Leg.debit(LedgerAccount.revenue(), checkout.amount()),
						Leg.credit(LedgerAccount.refunds(), checkout.amount())))
			.forCheckout(checkout.id()), checkout.amount(), "POLICY: " + reason.strip(), staff.value());
		events.publishEvent(new FeeRefunded(checkout.id(), checkout.purpose(), checkout.referenceId(),
				new UserId(checkout.payerId()), new Money(checkout.amount())));
	}
}
