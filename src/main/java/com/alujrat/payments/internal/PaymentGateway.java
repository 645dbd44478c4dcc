package com.alujrat.payments.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The port every gateway adapter fills: send the payer to a hosted checkout, read the gateway's answer (checking
 * its signature or asking the gateway back), look up a checkout that never heard back, and return money.
 */
public interface PaymentGateway {

	Gateway gateway();

	/** Whether payers may choose it (its settings are present and, for the sandbox, it is allowed here). */
	boolean enabled();

	/** Where the payer's browser goes: a GET when {@code fields} is empty, otherwise a form POST of them. */
	Redirect start(Checkout checkout);

	/**
	 * The gateway's answer about a checkout, verified. Throws {@link CallbackRefused} when it cannot be trusted
	 * (bad signature, missing fields, a confirmation the gateway does not stand behind).
	 */
	Confirmation confirm(Map<String, String> callback);

	/** Asks the gateway about a checkout that never heard back; empty when the gateway cannot say. */
	Optional<Confirmation> inquire(Checkout checkout);

	/** Returns money to the payer; adapters whose gateway has no refund call here leave it for FINANCE. */
	RefundResult refund(Checkout checkout, long paisa);

	/** How old a confirmation's signed time may be before it is refused as a replay. */
	default Duration freshness() {
		return Duration.ofMinutes(5);
	}

	record Redirect(String url, Map<String, String> fields) {
	}

	enum Outcome {
		PAID, FAILED, CANCELLED, PENDING
	}

	/** {@code ref} is our checkout reference, {@code transaction} the gateway's id of the payment. */
	record Confirmation(String ref, String transaction, long amount, String currency, Outcome outcome,
			Instant signedAt) {
	}

	/** {@code reference} is the gateway's refund id when it refunded at once; null when FINANCE must do it. */
	record RefundResult(boolean sent, String reference) {
	}
}
