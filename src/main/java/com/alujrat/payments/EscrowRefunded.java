package com.alujrat.payments;

import java.util.UUID;

import com.alujrat.shared.Money;

/** A milestone's escrow went back to its employer. */
public record EscrowRefunded(UUID contractId, UUID milestoneId, Money amount) {
}
