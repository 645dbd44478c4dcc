package com.alujrat.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.AccountRegistered;
import com.alujrat.accounts.AccountType;
import com.alujrat.platform.RateLimits;
import com.alujrat.platform.web.Ui;

import com.alujrat.notifications.Marketing;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up and its rules: freelancers 18+, employers 18+ or 13–17 with a named guardian who must consent,
 * nobody under 13; an accepted Terms and Privacy Policy; a password off the common list; one account per email.
 */
@Service
public class Registration {

	static final int ADULT = 18;

	static final int MINIMUM_AGE = 13;

	private final UserRepository users;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RateLimits rateLimits;

	private final AccountLimits limits;

	private final Marketing marketing;

	Registration(UserRepository users, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock, RateLimits rateLimits, AccountLimits limits,
			Marketing marketing) {
		this.marketing = marketing;
		this.rateLimits = rateLimits;
		this.limits = limits;
		this.users = users;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** A sign-up from a network, which may sign up only so many accounts an hour (web page and API alike). */
	@Transactional
	public Account register(Applicant applicant, String ip) {
		rateLimits.require("signup-ip:" + RateLimits.client(ip), limits.signupsPerIpPerHour(), Duration.ofHours(1));
		return create(applicant, applicant.password(), false);
	}

	/** Sign-up through Google or Facebook: no password (one can be set later by a reset link). */
	@Transactional
	public Account registerWithoutPassword(Applicant applicant, boolean emailVerified) {
		return create(applicant, null, emailVerified);
	}

	private void checkPolicies(Applicant applicant) {
		if (!applicant.acceptPolicies()) {
			throw new AccountRejected("acceptPolicies", "account.policies.required");
		}
		if (applicant.type() == null || applicant.type() == AccountType.STAFF) {
			throw new AccountRejected("role", "account.role.invalid");
		}
	}

	private Account create(Applicant applicant, String password, boolean emailVerified) {
		if (applicant.fullName() == null || applicant.fullName().isBlank()) {
			throw new AccountRejected("fullName", "account.fullName.required");
		}
		checkPolicies(applicant);
		boolean minor = checkAge(applicant);
		if (password != null) {
			passwordPolicy.check("password", password);
		}
		String passwordHash = password == null ? null : passwordEncoder.encode(password);
		String email = EmailAddresses.normalise(applicant.email());
		if (users.findByEmail(email).isPresent()) {
			throw new AccountRejected("email", "account.email.taken", true);
		}
		User user = User.register(applicant.fullName().trim(), email, passwordHash, applicant.type(),
				applicant.dateOfBirth(), minor, applicant.locale(), clock.instant());
		if (emailVerified) {
			user.verifyEmail();
		}
		try {
			users.save(user);
		}
		catch (DuplicateKeyException ex) {
			throw new AccountRejected("email", "account.email.taken", true);
		}
		if (minor) {
			saveGuardian(user, applicant.guardian(), email);
		}
		if (applicant.marketing()) {
			marketing.choose(user.userId(), true, "signup");
		}
		events.publishEvent(new AccountRegistered(user.userId(), user.getAccountType(), user.getLocale(),
				user.getCreatedAt(), user.isEmailVerified()));
		return user.toAccount();
	}

	/** Returns whether the applicant is a minor employer who needs a guardian's consent. */
	private boolean checkAge(Applicant applicant) {
		LocalDate today = LocalDate.now(clock.withZone(Ui.KARACHI));
		if (applicant.dateOfBirth() == null || applicant.dateOfBirth().isAfter(today)) {
			throw new AccountRejected("dateOfBirth", "account.dateOfBirth.invalid");
		}
		int age = Period.between(applicant.dateOfBirth(), today).getYears();
		if (age < MINIMUM_AGE) {
			throw new AccountRejected("dateOfBirth", "account.age.underThirteen");
		}
		if (age >= ADULT) {
			return false;
		}
		if (applicant.type() == AccountType.FREELANCER) {
			throw new AccountRejected("dateOfBirth", "account.age.freelancerAdult");
		}
		if (applicant.guardian() == null || !applicant.guardian().isComplete()) {
			throw new AccountRejected("guardian", "account.guardian.required");
		}
		return true;
	}

	private void saveGuardian(User user, Applicant.Guardian guardian, String userEmail) {
		String guardianEmail = EmailAddresses.normalise(guardian.email());
		if (guardianEmail.equalsIgnoreCase(userEmail)) {
			throw new AccountRejected("guardian.email", "account.guardian.sameEmail");
		}
		// Each sign-up of a minor mails the guardian: an address is not a target for endless consent requests.
		rateLimits.require("guardian-mail:" + EmailAddresses.limitKey(guardianEmail), limits.guardianMailsPerAddressPerDay(), Duration.ofDays(1));
		jdbc.sql("insert into accounts.guardians (user_id, full_name, email, relationship) values (?, ?, ?, ?)")
			.params(user.getId(), guardian.fullName().trim(), guardianEmail, guardian.relationship().trim())
			.update();
	}
}
