package com.alujrat.payments;

import java.util.UUID;

import com.alujrat.shared.Money;

/** Money for a milestone reached its contract's escrow. */
public record EscrowFunded(UUID contractId, UUID milestoneId, Money amount) {
}
