package com.alujrat.accounts.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.alujrat.accounts.AccountType;
import com.alujrat.accounts.internal.Applicant;
import com.alujrat.accounts.internal.EmailAddresses;

/** Sign-up, by the web form and by {@code POST /api/v1/accounts} alike. */
public record SignupForm(
		@NotBlank(message = "{account.fullName.required}") @Size(max = 100, message = "{account.fullName.tooLong}") String fullName,
		@NotBlank(message = "{account.email.required}") @Email(regexp = EMAIL, message = "{account.email.invalid}") @Size(max = 254, message = "{account.email.invalid}") String email,
		@NotNull(message = "{account.password.length}") @Size(min = 8, max = 128, message = "{account.password.length}") String password,
		@NotNull(message = "{account.role.required}") AccountType role,
		@NotNull(message = "{account.dateOfBirth.required}") LocalDate dateOfBirth,
		@AssertTrue(message = "{account.policies.required}") boolean acceptPolicies,
		@Valid GuardianForm guardian, Boolean marketing) {

	static final String EMAIL = EmailAddresses.PATTERN;

	/** Spaces around an email are a slip of the keyboard, not an error. */
	public SignupForm {
		email = email == null ? null : email.trim();
	}

	static SignupForm empty() {
		return new SignupForm("", "", "", null, null, false, null, false);
	}

	/** Marketing mail is off unless asked for here (or later in the settings). */
	public boolean wantsMarketing() {
		return Boolean.TRUE.equals(marketing);
	}

	public String roleName(String preselected) {
		return role != null ? role.name() : preselected;
	}

	public boolean hasGuardian() {
		return guardian != null && (notBlank(guardian.fullName()) || notBlank(guardian.email()));
	}

	public String guardianFullName() {
		return guardian == null || guardian.fullName() == null ? "" : guardian.fullName();
	}

	public String guardianEmail() {
		return guardian == null || guardian.email() == null ? "" : guardian.email();
	}

	public String guardianRelationship() {
		return guardian == null || guardian.relationship() == null ? "" : guardian.relationship();
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

	/** The form shown again after an error never carries the password back to the browser. */
	SignupForm withoutPassword() {
		return new SignupForm(fullName, email, "", role, dateOfBirth, acceptPolicies, guardian, marketing);
	}

	Applicant applicant(String locale) {
		Applicant.Guardian named = guardian == null || guardian.isEmpty() ? null
				: new Applicant.Guardian(guardian.fullName(), guardian.email(), guardian.relationship());
		return new Applicant(fullName, email, password, role, dateOfBirth, acceptPolicies, named, locale,
				Boolean.TRUE.equals(marketing));
	}

	/** A minor employer's parent or guardian; required only when the date of birth says so. */
	public record GuardianForm(@Size(max = 100, message = "{account.fullName.tooLong}") String fullName,
			@Email(regexp = EMAIL, message = "{account.email.invalid}") String email,
			@Size(max = 50, message = "{account.guardian.relationship.tooLong}") String relationship) {

		/** The browser sends empty fields for an adult's hidden guardian section: empty means not given. */
		public GuardianForm {
			fullName = blankToNull(fullName);
			email = blankToNull(email);
			relationship = blankToNull(relationship);
		}

		boolean isEmpty() {
			return fullName == null && email == null && relationship == null;
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value.trim();
		}
	}
}
