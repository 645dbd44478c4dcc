package com.alujrat.payments.internal;

/** The payment gateways the platform speaks to. */
public enum Gateway {
	SANDBOX, JAZZCASH, EASYPAISA;

	/** As it appears in callback paths: {@code /payments/callback/jazzcash}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
