package com.alujrat.payments.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import com.alujrat.payments.Cashier;
import com.alujrat.payments.Purpose;
import com.alujrat.payments.internal.Checkout;
import com.alujrat.payments.internal.Checkouts;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Checkouts for the mobile apps: open one for what you owe, follow the hosted page, read how it went. */
@RestController
@RequestMapping("/api/v1/payments/checkouts")
class CheckoutApi {

	private final Checkouts checkouts;

	private final Cashier cashier;

	CheckoutApi(Checkouts checkouts, Cashier cashier) {
		this.checkouts = checkouts;
		this.cashier = cashier;
	}

	record Open(String purpose, UUID referenceId, String gateway) {
	}

	/** {@code reference} is the checkout's own reference, as the gateway and the receipt show it. */
	record Status(UUID checkoutId, String status, long amount, String currency, String purpose, UUID referenceId,
			String gateway, String description, String reference, Instant createdAt, Instant expiresAt, Instant paidAt,
			Long receiptNumber, String receiptUrl) {

		static Status of(Checkout c) {
			boolean paid = c.status() == Checkout.Status.PAID;
			return new Status(c.id(), c.status().name(), c.amount(), c.currency(), c.purpose().name(), c.referenceId(),
					c.gateway().name(), c.description(), c.ref(), c.createdAt(), c.expiresAt(), paid ? c.settledAt() : null,
					c.receiptNo(), paid ? "/payments/receipts/" + c.id() : null);
		}
	}

	@PostMapping
	@Operation(summary = "Open a hosted checkout for what you owe (a milestone, a subscription, a posting fee)")
	ResponseEntity<Cashier.Opened> open(@RequestBody Open open) {
		Cashier.Opened opened = cashier.open(enumOf(Purpose.class, open.purpose(), "purpose"), open.referenceId(),
				open.gateway(), me());
		return ResponseEntity.created(URI.create("/api/v1/payments/checkouts/" + opened.checkoutId())).body(opened);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A checkout of yours and how it went (PENDING, PAID, FAILED, CANCELLED, EXPIRED)")
	Status status(@PathVariable UUID id) {
		return Status.of(checkouts.seen(id, me()));
	}

	static <E extends Enum<E>> E enumOf(Class<E> type, String text, String field) {
		try {
			return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new Rejected(field, "checkout." + field + ".invalid");
		}
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
