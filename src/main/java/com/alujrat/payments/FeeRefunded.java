package com.alujrat.payments;

import java.util.UUID;

import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

/** FINANCE refunded a fee (a subscription or a posting fee) under the Refund & Return Policy. */
public record FeeRefunded(UUID checkout, Purpose purpose, UUID referenceId, UserId payer, Money amount) {
}
