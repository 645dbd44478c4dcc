package com.alujrat.payments;

import java.util.UUID;

import com.alujrat.payments.internal.EscrowBook;
import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/**
 * What other modules may ask of a milestone's escrow. Each move takes everything the escrow still holds; when it
 * holds nothing (already released or refunded) the move is refused with a {@code Rejected} conflict.
 */
@Service
public class Escrow {

	private final EscrowBook book;

	Escrow(EscrowBook book) {
		this.book = book;
	}

	/** To the freelancer, less the platform fee; publishes {@link EscrowReleased}. */
	public void release(UUID contract, UUID milestone, UserId freelancer) {
		book.release(contract, milestone, freelancer);
	}

	/** Back to the employer through the gateway it came from; publishes {@link EscrowRefunded}. */
	public void refund(UUID contract, UUID milestone, String reason) {
		book.refund(contract, milestone, reason, null);
	}

	/** A dispute's split: both amounts together must be what the escrow holds. */
	public void split(UUID contract, UUID milestone, UserId freelancer, Money toFreelancer, Money toEmployer,
			String reason) {
		book.split(contract, milestone, freelancer, toFreelancer.paisa(), toEmployer.paisa(), reason);
	}
}
