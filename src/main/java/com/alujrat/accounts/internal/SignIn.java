package com.alujrat.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.alujrat.accounts.AccountStatus;
import com.alujrat.accounts.internal.SignInRefused.Reason;
import com.alujrat.platform.RateLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a password (and second factor), with a lockout after five failures per account for fifteen minutes and
 * a limit of attempts per IP address.
 */
@Service
public class SignIn {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final TwoFactor twoFactor;

	private final RateLimits rateLimits;

	private final Clock clock;

	private final int attemptsPerIpPerMinute;

	// Compared against when the email is unknown, so both answers take the same time.
	private final String decoyHash;

	SignIn(UserRepository users, PasswordEncoder passwordEncoder, TwoFactor twoFactor, RateLimits rateLimits,
			Clock clock, @Value("${alujrat.login.attempts-per-ip-per-minute:20}") int attemptsPerIpPerMinute) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.twoFactor = twoFactor;
		this.rateLimits = rateLimits;
		this.clock = clock;
		this.attemptsPerIpPerMinute = attemptsPerIpPerMinute;
		this.decoyHash = passwordEncoder.encode(UUID.randomUUID().toString());
	}

	/**
	 * Returns the user whose password this is. With two-factor on, {@code code} must be a current code or an unused
	 * recovery code; without a code, {@link Reason#SECOND_FACTOR_REQUIRED} is refused before anything else.
	 */
	@Transactional(noRollbackFor = SignInRefused.class)
	public User check(String email, String password, String code, String ip) {
		if (!rateLimits.tryAcquire("login-ip:" + ip, attemptsPerIpPerMinute, Duration.ofMinutes(1))) {
			throw new SignInRefused(Reason.TOO_MANY_ATTEMPTS, clock.instant().plus(Duration.ofMinutes(1)));
		}
		Instant now = clock.instant();
		User user = users.findByEmail(EmailAddresses.normalise(email)).orElse(null);
		if (user == null || user.getPasswordHash() == null || user.getStatus() == AccountStatus.CLOSED) {
			passwordEncoder.matches(password == null ? "" : password, decoyHash);
			throw new SignInRefused(Reason.BAD_CREDENTIALS);
		}
		if (user.isLocked(now)) {
			throw new SignInRefused(Reason.LOCKED, user.getLockedUntil());
		}
		if (password == null || !passwordEncoder.matches(password, user.getPasswordHash())) {
			fail(user, now);
		}
		if (user.isTotpEnabled()) {
			if (code == null || code.isBlank()) {
				throw SignInRefused.secondFactorRequired(user.getId());
			}
			if (!twoFactor.accepts(user, code)) {
				fail(user, now);
			}
		}
		user.loginSucceeded();
		return users.save(user);
	}

	/** The second step of a web sign-in, for a user whose password was already checked in this session. */
	@Transactional(noRollbackFor = SignInRefused.class)
	public User checkSecondFactor(UUID userId, String code) {
		Instant now = clock.instant();
		User user = users.findById(userId).orElseThrow(() -> new SignInRefused(Reason.BAD_CREDENTIALS));
		if (user.isLocked(now)) {
			throw new SignInRefused(Reason.LOCKED, user.getLockedUntil());
		}
		if (code == null || !twoFactor.accepts(user, code)) {
			fail(user, now);
		}
		user.loginSucceeded();
		return users.save(user);
	}

	private void fail(User user, Instant now) {
		user.loginFailed(now);
		users.save(user);
		if (user.isLocked(now)) {
			throw new SignInRefused(Reason.LOCKED, user.getLockedUntil());
		}
		throw new SignInRefused(Reason.BAD_CREDENTIALS);
	}

	@Transactional(propagation = Propagation.SUPPORTS)
	public User user(UUID id) {
		return users.findById(id).orElseThrow();
	}
}
