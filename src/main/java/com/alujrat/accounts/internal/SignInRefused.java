package com.alujrat.accounts.internal;

import java.time.Instant;
import java.util.UUID;

/** Why a sign-in did not succeed. Bad credentials never say whether the email exists. */
public class SignInRefused extends RuntimeException {

	public enum Reason {
		BAD_CREDENTIALS, LOCKED, TOO_MANY_ATTEMPTS, SECOND_FACTOR_REQUIRED, EMAIL_UNVERIFIED,
		/** A half-finished sign-in outlived a password reset or "sign out everywhere". */
		EXPIRED,
		/** The right password for a closed account. */
		CLOSED
	}

	private final Reason reason;

	private final Instant retryAfter;

	private final UUID pendingUser;

	private final int pendingEpoch;

	SignInRefused(Reason reason) {
		this(reason, null, null, 0);
	}

	SignInRefused(Reason reason, Instant retryAfter) {
		this(reason, retryAfter, null, 0);
	}

	/**
	 * The password was right but the second factor is missing: the user is known, not yet signed in; the epoch
	 * lets the second step notice a reset in between.
	 */
	static SignInRefused secondFactorRequired(UUID userId, int securityEpoch) {
		return new SignInRefused(Reason.SECOND_FACTOR_REQUIRED, null, userId, securityEpoch);
	}

	private SignInRefused(Reason reason, Instant retryAfter, UUID pendingUser, int pendingEpoch) {
		super(reason.name());
		this.reason = reason;
		this.retryAfter = retryAfter;
		this.pendingUser = pendingUser;
		this.pendingEpoch = pendingEpoch;
	}

	public UUID pendingUser() {
		return pendingUser;
	}

	public int pendingEpoch() {
		return pendingEpoch;
	}

	public Reason reason() {
		return reason;
	}

	public Instant retryAfter() {
		return retryAfter;
	}
}
