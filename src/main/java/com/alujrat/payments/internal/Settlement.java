package com.alujrat.payments.internal;

import java.time.Clock;
import java.util.List;

import com.alujrat.payments.CheckoutPaid;
import com.alujrat.payments.Purpose;
import com.alujrat.payments.internal.Ledger.Leg;
import com.alujrat.payments.internal.Ledger.Posting;
import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a verified gateway confirmation to its checkout, once. The checkout row is locked, so replays and
 * confirmations arriving together are served one after the other: a paid checkout ignores everything after; a
 * failure arriving after a success changes nothing; a success after a failure or expiry still counts (the money
 * did move).
 */
@Component
class Settlement {

	private final CheckoutStore store;

	private final Ledger ledger;

	private final EscrowBook escrow;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Settlement(CheckoutStore store, Ledger ledger, EscrowBook escrow, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.ledger = ledger;
		this.escrow = escrow;
		this.events = events;
		this.clock = clock;
	}

	/** What became of a confirmation: APPLIED, DUPLICATE or IGNORED (out of order or still pending). */
	record Applied(Checkout checkout, String outcome) {
	}

	@Transactional
	Applied apply(PaymentGateway gateway, PaymentGateway.Confirmation confirmation) {
		Checkout checkout = (confirmation.ref() == null ? null
				: store.lockByRef(confirmation.ref()).filter(c -> c.gateway() == gateway.gateway()).orElse(null));
		if (checkout == null) {
			throw new CallbackRefused("UNKNOWN_CHECKOUT");
		}
		if (confirmation.amount() != checkout.amount() || !checkout.currency().equals(confirmation.currency())) {
			throw new CallbackRefused("AMOUNT_MISMATCH");
		}
		if (confirmation.signedAt().isBefore(clock.instant().minus(gateway.freshness()))) {
			throw new CallbackRefused("STALE");
		}
		if (checkout.status() == Checkout.Status.PAID) {
			return new Applied(checkout, "DUPLICATE");
		}
		return switch (confirmation.outcome()) {
			case PAID -> new Applied(paid(checkout, confirmation), "APPLIED");
			case FAILED, CANCELLED -> checkout.status().open()
					? new Applied(closed(checkout, confirmation), "APPLIED") : new Applied(checkout, "IGNORED");
			case PENDING -> new Applied(checkout, "IGNORED");
		};
	}

	private Checkout paid(Checkout checkout, PaymentGateway.Confirmation confirmation) {
		store.settle(checkout.id(), Checkout.Status.PAID, confirmation.transaction(), clock.instant(), true);
		if (checkout.purpose() == Purpose.MILESTONE) {
			escrow.fund(checkout);
		}
		else {
			ledger.post(Posting.of("FEE", checkout.description(),
					List.of(Leg.debit(LedgerAccount.clearing(checkout.gateway().name()), checkout.amount()),
							Leg.credit(LedgerAccount.revenue(), checkout.amount())))
				.forCheckout(checkout.id()));
		}
		events.publishEvent(new CheckoutPaid(checkout.id(), checkout.purpose(), checkout.referenceId(),
				new UserId(checkout.payerId()), new Money(checkout.amount())));
		return store.find(checkout.id()).orElseThrow();
	}

	private Checkout closed(Checkout checkout, PaymentGateway.Confirmation confirmation) {
		Checkout.Status status = confirmation.outcome() == PaymentGateway.Outcome.CANCELLED ? Checkout.Status.CANCELLED
				: Checkout.Status.FAILED;
		// The gateway's transaction id is kept for payments only: it is unique, and failed attempts may share one.
		store.settle(checkout.id(), status, null, clock.instant(), false);
		return store.find(checkout.id()).orElseThrow();
	}
}
