package com.alujrat.accounts;

import java.time.Instant;

import com.alujrat.shared.UserId;

/** A person signed up and accepted the Terms and Privacy Policy current at {@code acceptedPoliciesAt}. */
public record AccountRegistered(UserId userId, AccountType accountType, String locale, Instant acceptedPoliciesAt,
		boolean emailVerified) {
}
