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

	/** Turns two-factor on for the person and returns the secret their app would hold. */
	public static String enable(com.alujrat.accounts.internal.TwoFactor twoFactor,
			com.alujrat.accounts.internal.AccountDirectory directory, com.alujrat.testing.People.Person person) {
		var id = new com.alujrat.shared.UserId(person.id());
		String secret = twoFactor.begin(directory.user(id).orElseThrow()).secret();
		twoFactor.confirm(directory.user(id).orElseThrow(), current(secret), null, null);
		return secret;
	}
}
