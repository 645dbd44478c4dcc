package com.alujrat.payments;

import java.util.UUID;

import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

/**
 * What someone owes, asked by {@code payments} before it opens a checkout. The module that owns the thing paid for
 * implements it ({@code contracts} for milestones, {@code billing} for subscriptions and posting fees), so payments
 * never reads another module's tables.
 */
public interface Payables {

	Purpose purpose();

	/**
	 * What {@code payer} owes now for {@code referenceId}. Throws {@link com.alujrat.platform.NotFound} when it is
	 * not theirs to pay and a {@link com.alujrat.platform.Rejected} conflict when it is not payable in its state.
	 */
	Bill bill(UUID referenceId, UserId payer);

	/**
	 * Whether FINANCE may refund what was paid for {@code referenceId} under the Refund & Return Policy now (a
	 * milestone in dispute is SUPPORT's to decide, say).
	 */
	default boolean refundableByStaff(UUID referenceId) {
		return true;
	}

	/** {@code escrowContract} is the contract whose escrow receives the money, null for the platform's fees. */
	record Bill(Money amount, String description, UUID escrowContract) {
	}
}
