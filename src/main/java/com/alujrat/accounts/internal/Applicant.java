package com.alujrat.accounts.internal;

import java.time.LocalDate;

import com.alujrat.accounts.AccountType;

/** What a person gives at sign-up, by web form or API. */
public record Applicant(String fullName, String email, String password, AccountType type, LocalDate dateOfBirth,
		boolean acceptPolicies, Guardian guardian, String locale, boolean marketing) {

	/** The parent or guardian a minor employer names. */
	public record Guardian(String fullName, String email, String relationship) {

		boolean isComplete() {
			return notBlank(fullName) && notBlank(email) && notBlank(relationship);
		}

		private static boolean notBlank(String value) {
			return value != null && !value.isBlank();
		}
	}
}
