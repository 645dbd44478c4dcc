package com.alujrat.payments.internal;

import java.util.UUID;

import com.alujrat.payments.Payables;
import com.alujrat.payments.Purpose;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.UserId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The modules that sell something, by what they sell. Looked up when asked: those modules (billing) open their
 * checkouts through payments, so they cannot be handed in at start.
 */
@Component
class Sellers {

	private final ObjectProvider<Payables> payables;

	Sellers(ObjectProvider<Payables> payables) {
		this.payables = payables;
	}

	/** What {@code payer} owes for {@code referenceId}; refused on {@code purpose} when nothing sells it. */
	Payables.Bill bill(Purpose purpose, UUID referenceId, UserId payer) {
		return of(purpose).bill(referenceId, payer);
	}

	boolean refundableByStaff(Purpose purpose, UUID referenceId) {
		return of(purpose).refundableByStaff(referenceId);
	}

	private Payables of(Purpose purpose) {
		return payables.orderedStream()
			.filter(p -> p.purpose() == purpose)
			.findFirst()
			.orElseThrow(() -> new Rejected("purpose", "checkout.purpose.invalid"));
	}
}
