package com.alujrat.accounts.internal;

import com.alujrat.platform.Rejected;

import org.springframework.http.HttpStatus;

/** An account input refused by a rule; a clash with existing data (a taken email) is a 409. */
public class AccountRejected extends Rejected {

	private final boolean conflict;

	AccountRejected(String field, String messageKey) {
		this(field, messageKey, false);
	}

	AccountRejected(String field, String messageKey, boolean conflict) {
		super(field, messageKey, conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
				conflict ? "email-taken" : "validation");
		this.conflict = conflict;
	}

	/** The input clashes with existing data (a taken email) rather than being malformed. */
	public boolean conflict() {
		return conflict;
	}
}
