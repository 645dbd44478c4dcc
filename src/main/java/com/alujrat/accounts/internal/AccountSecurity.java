package com.alujrat.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.alujrat.accounts.AccountClosed;
import com.alujrat.accounts.AccountReactivated;
import com.alujrat.accounts.EmailVerified;
import com.alujrat.accounts.internal.AccountMailEvents.PasswordChanged;
import com.alujrat.accounts.internal.AccountMailEvents.PasswordResetRequested;
import com.alujrat.accounts.internal.AccountMailEvents.VerificationLinkRequested;
import com.alujrat.accounts.internal.OneTimeTokens.Purpose;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.RateLimited;
import com.alujrat.platform.RateLimits;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Email verification, guardian consent, password reset and change, and signing out everywhere. */
@Service
public class AccountSecurity {

	private static final Duration RECHECK_WINDOW = Duration.ofMinutes(15);

	private final UserRepository users;

	private final OneTimeTokens tokens;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final ApiTokens apiTokens;

	private final WebSessions webSessions;

	private final RateLimits rateLimits;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final AccountLimits limits;

	AccountSecurity(UserRepository users, OneTimeTokens tokens, PasswordPolicy passwordPolicy,
			PasswordEncoder passwordEncoder, ApiTokens apiTokens, WebSessions webSessions, RateLimits rateLimits,
			JdbcClient jdbc, ApplicationEventPublisher events, AccountLimits limits) {
		this.limits = limits;
		this.users = users;
		this.tokens = tokens;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.apiTokens = apiTokens;
		this.webSessions = webSessions;
		this.rateLimits = rateLimits;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	public User verifyEmail(String token) {
		User user = users.findById(tokens.consume(token, Purpose.VERIFY_EMAIL)).orElseThrow();
		if (!user.isEmailVerified()) {
			user.verifyEmail();
			users.save(user);
			events.publishEvent(new EmailVerified(user.userId()));
		}
		return user;
	}

	public boolean isVerificationTokenValid(String token) {
		return tokens.isValid(token, Purpose.VERIFY_EMAIL);
	}

	/** Sends a fresh link, at most three times in fifteen minutes; returns false when over that limit. */
	@Transactional
	public boolean resendVerification(UUID userId) {
		if (!rateLimits.tryAcquire("verify-resend:" + userId, 3, Duration.ofMinutes(15))) {
			return false;
		}
		events.publishEvent(new VerificationLinkRequested(userId));
		return true;
	}

	public boolean isGuardianConsentPending(String token) {
		return tokens.isValid(token, Purpose.GUARDIAN_CONSENT);
	}

	/**
	 * Whether this guardian link can withdraw consent: the latest one mailed to the guardian, used to consent or still
	 * pending (they may refuse). It keeps working after consent for as long as the account is open; an older link
	 * (before a resend) does not.
	 */
	public boolean isGuardianLink(String token) {
		return guardianOf(token).isPresent();
	}

	/** The guardian withdraws or refuses: the account is erased by privacy, which hears the event. */
	@Transactional
	public void guardianWithdraws(String token) {
		UUID minor = guardianOf(token).orElseThrow(() -> new AccountRejected("token", "account.token.invalid"));
		jdbc.sql("update accounts.one_time_tokens set used_at = coalesce(used_at, now()) where token_hash = ?")
			.param(com.alujrat.platform.Secrets.hash(token))
			.update();
		events.publishEvent(new com.alujrat.accounts.GuardianConsentWithdrawn(new com.alujrat.shared.UserId(minor)));
	}

	private java.util.Optional<UUID> guardianOf(String token) {
		return token == null ? java.util.Optional.empty() : jdbc.sql("""
				select t.user_id from accounts.one_time_tokens t join accounts.users u on u.id = t.user_id
				where t.token_hash = ? and t.purpose = 'GUARDIAN_CONSENT' and u.status <> 'CLOSED'
				  and t.expires_at = (select max(n.expires_at) from accounts.one_time_tokens n
				                      where n.user_id = t.user_id and n.purpose = 'GUARDIAN_CONSENT')""")
			.param(com.alujrat.platform.Secrets.hash(token))
			.query(UUID.class)
			.optional();
	}

	@Transactional
	public void guardianConsents(String token) {
		UUID userId = tokens.consume(token, Purpose.GUARDIAN_CONSENT);
		jdbc.sql("update accounts.guardians set consented_at = now() where user_id = ?").param(userId).update();
		User user = users.findById(userId).orElseThrow();
		user.guardianConsented();
		users.save(user);
	}

	/**
	 * Always looks the same from outside: an unknown email gets no mail and no different answer. Limited per network,
	 * and per address from one network (known or not, so the limit tells nothing either); past a limit it throws
	 * {@link RateLimited}.
	 */
	@Transactional
	public void requestPasswordReset(String email, String ip) {
		String normalised = EmailAddresses.normalise(email);
		rateLimits.require("reset-ip:" + RateLimits.client(ip), limits.resetsPerIpPerHour(), Duration.ofHours(1));
		String address = EmailAddresses.limitKey(email);
		rateLimits.require("reset-address:" + address + "|" + RateLimits.client(ip), limits.resetsPerAddressPerHour(),
				Duration.ofHours(1));
		// Past this the address gets no more mail, silently: many networks together cannot flood one mailbox, and
		// the answer stays the same, so the owner's own request is never refused because of them.
		if (rateLimits.tryAcquire("reset-mails:" + address, limits.resetMailsPerAddressPerHour(), Duration.ofHours(1))) {
			users.findByEmail(normalised).ifPresent(user -> events.publishEvent(new PasswordResetRequested(user.getId())));
		}
	}

	public boolean isResetTokenValid(String token) {
		return tokens.isValid(token, Purpose.RESET_PASSWORD) || tokens.isValid(token, Purpose.SET_PASSWORD);
	}

	/** Sets the password from an emailed link; every session and token of the account ends. */
	@Transactional
	public void resetPassword(String token, String newPassword) {
		passwordPolicy.check("newPassword", newPassword);
		UUID userId = tokens.isValid(token, Purpose.SET_PASSWORD) ? tokens.consume(token, Purpose.SET_PASSWORD)
				: tokens.consume(token, Purpose.RESET_PASSWORD);
		User user = users.findById(userId).orElseThrow();
		setPassword(user, newPassword);
		tokens.revokeAll(userId, Purpose.RESET_PASSWORD);
	}

	@Transactional
	public void changePassword(User user, String currentPassword, String newPassword) {
		requirePassword(user, currentPassword);
		passwordPolicy.check("newPassword", newPassword);
		setPassword(user, newPassword);
	}

	/** Moves the account to a new address after re-authentication; the new address must be verified. */
	@Transactional
	public void changeEmail(User user, String currentPassword, String newEmail) {
		requirePassword(user, currentPassword);
		String email = EmailAddresses.normalise(newEmail);
		if (email == null || !email.matches(EmailAddresses.PATTERN) || email.length() > 254) {
			throw new AccountRejected("newEmail", "account.email.invalid");
		}
		if (email.equalsIgnoreCase(user.getEmail())) {
			return;
		}
		if (users.findByEmail(email).isPresent()) {
			throw new AccountRejected("newEmail", "account.email.taken", true);
		}
		String oldEmail = user.getEmail();
		user.changeEmail(email);
		users.save(user);
		tokens.revokeAll(user.getId(), Purpose.VERIFY_EMAIL);
		events.publishEvent(new AccountMailEvents.EmailChanged(user.getId(), oldEmail));
	}

	/** Re-authentication before a sensitive change. */
	public void requirePassword(User user, String password) {
		requirePassword(user, password, "currentPassword");
	}

	/**
	 * Re-authentication, with the refusal reported on {@code field} (the API's name for the password). A stolen
	 * session must not become a way to guess the password: a few wrong ones per account, then {@link RateLimited}.
	 */
	public void requirePassword(User user, String password, String field) {
		String key = "password-check:" + user.getId();
		Duration wait = rateLimits.exhausted(key, limits.passwordChecksPerAccountPer15Minutes(), RECHECK_WINDOW);
		if (!wait.isZero()) {
			throw new RateLimited(field, wait);
		}
		if (password == null || user.getPasswordHash() == null
				|| !passwordEncoder.matches(password, user.getPasswordHash())) {
			rateLimits.count(key, RECHECK_WINDOW);
			throw new AccountRejected(field, "account.password.wrong");
		}
	}

	@Transactional
	public void signOutEverywhere(User user) {
		user.signOutEverywhere();
		users.save(user);
		apiTokens.revokeAll(user.getId());
		webSessions.endAll(user.getId());
	}

	/**
	 * Closes the account: from this moment every session, remember-me cookie, access and refresh token is refused
	 * (the request filters also check the status on each request, so a token issued a moment ago fails too).
	 */
	@Transactional
	public void close(UUID userId, Instant now) {
		User user = users.findById(userId).orElseThrow(() -> new NotFound("No such account."));
		user.close(now);
		users.save(user);
		apiTokens.revokeAll(user.getId());
		webSessions.endAll(user.getId());
		events.publishEvent(new AccountClosed(user.userId(), now));
	}

	@Transactional
	public void reactivate(java.util.UUID userId) {
		User user = users.findById(userId).orElseThrow(() -> new NotFound("No such account."));
		user.reactivate();
		users.save(user);
		events.publishEvent(new AccountReactivated(user.userId()));
	}

	@Transactional
	public void chooseLocale(UUID userId, String locale) {
		users.findById(userId).filter(user -> !locale.equals(user.getLocale())).ifPresent(user -> {
			user.chooseLocale(locale);
			users.save(user);
		});
	}

	private void setPassword(User user, String newPassword) {
		user.changePassword(passwordEncoder.encode(newPassword));
		users.save(user);
		apiTokens.revokeAll(user.getId());
		webSessions.endAll(user.getId());
		events.publishEvent(new PasswordChanged(user.getId()));
	}
}
