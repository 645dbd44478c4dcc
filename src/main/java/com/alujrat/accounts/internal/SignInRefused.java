package com.alujrat.accounts.internal;

import java.time.Instant;
import java.util.UUID;

/** Why a sign-in did not succeed. Bad credentials never say whether the email exists. */
public class SignInRefused extends RuntimeException {

	public enum Reason {
		BAD_CREDENTIALS, LOCKED, TOO_MANY_ATTEMPTS, SECOND_FACTOR_REQUIRED, EMAIL_UNVERIFIED
	}

	private final Reason reason;

	private final Instant retryAfter;

	private final UUID pendingUser;

	SignInRefused(Reason reason) {
		this(reason, null, null);
	}

	SignInRefused(Reason reason, Instant retryAfter) {
		this(reason, retryAfter, null);
	}

	/** The password was right but the second factor is missing: the user is known, not yet signed in. */
	static SignInRefused secondFactorRequired(UUID userId) {
		return new SignInRefused(Reason.SECOND_FACTOR_REQUIRED, null, userId);
	}

	private SignInRefused(Reason reason, Instant retryAfter, UUID pendingUser) {
		super(reason.name());
		this.reason = reason;
		this.retryAfter = retryAfter;
		this.pendingUser = pendingUser;
	}

	public UUID pendingUser() {
		return pendingUser;
	}

	public Reason reason() {
		return reason;
	}

	public Instant retryAfter() {
		return retryAfter;
	}
}
