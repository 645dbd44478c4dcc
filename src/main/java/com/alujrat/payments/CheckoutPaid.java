package com.alujrat.payments;

import java.util.UUID;

import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

/** A gateway confirmed a checkout's payment and the ledger holds it. */
public record CheckoutPaid(UUID checkout, Purpose purpose, UUID referenceId, UserId payer, Money amount) {
}
