package com.alujrat.accounts;

import java.time.LocalDate;

import com.alujrat.shared.UserId;

/** An account as other modules may read it. */
public record Account(UserId id, String fullName, String email, boolean emailVerified, AccountType type,
		AccountStatus status, LocalDate dateOfBirth, String locale) {

	/** Posting and paying need an active account (a minor's guardian has consented) with a verified email. */
	public boolean mayTransact() {
		return status == AccountStatus.ACTIVE && emailVerified;
	}
}
