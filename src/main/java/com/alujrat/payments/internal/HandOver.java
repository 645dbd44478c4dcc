package com.alujrat.payments.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.alujrat.platform.Keys;

import org.springframework.stereotype.Component;

/**
 * A token that lets a browser without the payer's session (the mobile apps sign in with bearer tokens and open the
 * checkout in a browser) follow one checkout's pages: the hand-over to the gateway, the sandbox page and the page
 * the payer returns to. It names the checkout and ends with it; only the platform can make one.
 */
@Component
public class HandOver {

	private final byte[] key;

	HandOver(Keys keys) throws GeneralSecurityException {
		this.key = keys.prf().compute("checkout-hand-over".getBytes(StandardCharsets.UTF_8), 32);
	}

	public String token(Checkout checkout) {
		return Hmac.hex(key, checkout.id() + "|" + checkout.expiresAt().getEpochSecond());
	}

	public boolean admits(Checkout checkout, String token) {
		return token != null && Hmac.matches(token(checkout), token);
	}
}
