package com.alujrat.accounts.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import com.alujrat.accounts.AccountType;
import com.alujrat.accounts.internal.Applicant;
import com.alujrat.accounts.internal.SocialIdentity;

/** What sign-up through Google or Facebook still asks: the provider gave the name and email. */
public record SocialSignupForm(@NotNull(message = "{account.role.required}") AccountType role,
		@NotNull(message = "{account.dateOfBirth.required}") LocalDate dateOfBirth,
		@AssertTrue(message = "{account.policies.required}") boolean acceptPolicies,
		@Valid SignupForm.GuardianForm guardian, Boolean marketing) {

	static SocialSignupForm empty() {
		return new SocialSignupForm(null, null, false, null, false);
	}

	public String roleName() {
		return role == null ? "" : role.name();
	}

	public SignupForm asSignupForm(SocialIdentity identity) {
		return new SignupForm(identity.name(), identity.email(), "", role, dateOfBirth, acceptPolicies, guardian, marketing);
	}

	Applicant applicant(SocialIdentity identity, String locale) {
		return asSignupForm(identity).applicant(locale);
	}
}
