package com.alujrat.payments;

import java.util.Locale;
import java.util.UUID;

import com.alujrat.payments.internal.Checkout;
import com.alujrat.payments.internal.Checkouts;
import com.alujrat.payments.internal.Gateway;
import com.alujrat.payments.internal.HandOver;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.UserId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Opens checkouts: for the payments API and for modules that sell something (subscriptions, posting fees). */
@Service
public class Cashier {

	private final Checkouts checkouts;

	private final String baseUrl;

	private final HandOver handOver;

	Cashier(Checkouts checkouts, HandOver handOver, @Value("${alujrat.base-url}") String baseUrl) {
		this.checkouts = checkouts;
		this.handOver = handOver;
		this.baseUrl = baseUrl;
	}

	/**
	 * {@code redirectUrl} is where the payer's browser goes: it hands over to the gateway's hosted page, and works
	 * without a session (the apps open it in a browser), for this checkout only.
	 */
	public record Opened(UUID checkoutId, String redirectUrl) {
	}

	/**
	 * A checkout for what {@code payer} owes. {@code gateway} may be null for the first one offered here; an unknown
	 * or switched-off gateway is refused on {@code gateway}.
	 */
	public Opened open(Purpose purpose, UUID referenceId, String gateway, UserId payer) {
		Gateway through;
		if (gateway == null || gateway.isBlank()) {
			through = checkouts.offered().stream().findFirst()
				.orElseThrow(() -> new Rejected("gateway", "checkout.gateway.unavailable"));
		}
		else {
			try {
				through = Gateway.valueOf(gateway.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new Rejected("gateway", "checkout.gateway.invalid");
			}
		}
		Checkout checkout = checkouts.open(purpose, referenceId, through, payer);
		return new Opened(checkout.id(),
				baseUrl + "/payments/checkouts/" + checkout.id() + "/go?handover=" + handOver.token(checkout));
	}
}
