package com.alujrat.accounts;

/** The code an authenticator app would show now for a secret. */
public final class TwoFactorCodes {

	private TwoFactorCodes() {
	}

	public static String current(String secret) {
		return TwoFactorTests.codeOrFail(secret, 0);
	}

	/**
	 * The code of the next time step: accepted once the current one was used (codes work once, with one step of
	 * clock drift allowed either way).
	 */
	public static String next(String secret) {
		return TwoFactorTests.codeOrFail(secret, 1);
	}
}
