package com.alujrat.payments;

import java.util.UUID;

import com.alujrat.shared.Money;

/** A milestone's escrow went to its freelancer (less the platform fee). */
public record EscrowReleased(UUID contractId, UUID milestoneId, Money amount) {
}
