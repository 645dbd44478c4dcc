package com.alujrat.payments.internal;

/** A gateway callback that cannot be trusted or does not match its checkout; nothing is posted for it. */
public class CallbackRefused extends RuntimeException {

	private final String reason;

	public CallbackRefused(String reason) {
		super(reason);
		this.reason = reason;
	}

	/** A short code stored with the raw callback: BAD_SIGNATURE, STALE, AMOUNT_MISMATCH, UNKNOWN_CHECKOUT, ... */
	public String reason() {
		return reason;
	}
}
