package com.alujrat.payments.internal;

import java.time.Instant;
import java.util.UUID;

import com.alujrat.payments.Purpose;

/** A hosted checkout: who pays what for which purpose, through which gateway, and how it went. */
public record Checkout(UUID id, String ref, Purpose purpose, UUID referenceId, UUID payerId, long amount,
		String currency, String description, UUID contractId, Gateway gateway, Status status, String gatewayTxn,
		Instant createdAt, Instant expiresAt, Instant settledAt, Long receiptNo) {

	public enum Status {
		PENDING, PAID, FAILED, CANCELLED, EXPIRED;

		boolean open() {
			return this == PENDING || this == EXPIRED;
		}
	}
}
