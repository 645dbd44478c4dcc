package com.alujrat.payments.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;

import com.alujrat.platform.Keys;

import org.springframework.stereotype.Component;

/**
 * A token that lets a browser without the payer's session (the mobile apps sign in with bearer tokens and open the
 * checkout in a browser) follow one checkout's pages: the hand-over to the gateway, the sandbox page and the page
 * the payer returns to. It names the checkout and ends an hour after the checkout's own expiry; only the platform
 * makes one, and only for the payer (in the checkout's redirect URL, and in the return addresses the gateways send
 * that browser back to).
 */
@Component
public class HandOver {

	/** How long after its checkout's expiry a token still opens the page the payer returns to. */
	private static final Duration AFTER_EXPIRY = Duration.ofHours(1);

	private final byte[] key;

	private final Clock clock;

	HandOver(Keys keys, Clock clock) throws GeneralSecurityException {
		this.key = keys.prf().compute("checkout-hand-over".getBytes(StandardCharsets.UTF_8), 32);
		this.clock = clock;
	}

	public String token(Checkout checkout) {
		return Hmac.hex(key, checkout.id() + "|" + checkout.expiresAt().getEpochSecond());
	}

	public boolean admits(Checkout checkout, String token) {
		return token != null && clock.instant().isBefore(checkout.expiresAt().plus(AFTER_EXPIRY))
				&& Hmac.matches(token(checkout), token);
	}
}
