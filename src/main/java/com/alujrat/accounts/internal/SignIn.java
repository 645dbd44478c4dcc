package com.alujrat.accounts.internal;

import java.time.Clock;
import java.time.Duration;
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
 * Checks a password (and second factor). Five failures for one email from one network make that pair wait fifteen
 * minutes; the owner signing in from elsewhere is not affected, so failures cannot lock anyone out. Unknown emails
 * are counted and answered exactly like known ones. A network is also limited in attempts per minute overall. Wrong
 * second factors are also counted per account from every network together (ten in fifteen minutes): only someone
 * who already has the password reaches that step, and spreading guesses over many addresses must not help them.
 */
@Service
public class SignIn {

	static final int FAILURES_BEFORE_DELAY = 5;

	static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final TwoFactor twoFactor;

	private final RateLimits rateLimits;

	private final Clock clock;

	private final int attemptsPerIpPerMinute;

	private final AccountLimits limits;

	// Compared against when the email is unknown, so both answers take the same time.
	private final String decoyHash;

	SignIn(UserRepository users, PasswordEncoder passwordEncoder, TwoFactor twoFactor, RateLimits rateLimits,
			Clock clock, @Value("${alujrat.login.attempts-per-ip-per-minute:20}") int attemptsPerIpPerMinute,
			AccountLimits limits) {
		this.limits = limits;
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
		String client = limitNetwork(ip);
		String normalised = EmailAddresses.normalise(email);
		String pair = failureKey(email, client);
		refuseWhileDelayed(pair);
		User user = users.findByEmail(normalised).orElse(null);
		if (user == null || user.getPasswordHash() == null) {
			passwordEncoder.matches(password == null ? "" : password, decoyHash);
			fail(pair);
		}
		if (password == null || !passwordEncoder.matches(password, user.getPasswordHash())) {
			fail(pair);
		}
		// Only the owner's own password learns that the account is closed, and how to reopen it.
		if (user.getStatus() == AccountStatus.CLOSED) {
			throw new SignInRefused(Reason.CLOSED);
		}
		if (user.isTotpEnabled()) {
			if (code == null || code.isBlank()) {
				throw SignInRefused.secondFactorRequired(user.getId(), user.getSecurityEpoch());
			}
			checkSecondFactor(user, code, pair);
		}
		rateLimits.reset(pair, FAILURE_WINDOW);
		return user;
	}

	/**
	 * The second step of a web sign-in, for a user whose password was checked in this session at {@code epoch}: a
	 * password reset or "sign out everywhere" since then ends the half-finished sign-in.
	 */
	@Transactional(noRollbackFor = SignInRefused.class)
	public User checkSecondFactor(UUID userId, int epoch, String code, String ip) {
		String client = limitNetwork(ip);
		User user = users.findById(userId)
			.filter(u -> u.getSecurityEpoch() == epoch && u.getStatus() != AccountStatus.CLOSED)
			.orElseThrow(() -> new SignInRefused(Reason.EXPIRED));
		String pair = failureKey(user.getEmail(), client);
		refuseWhileDelayed(pair);
		checkSecondFactor(user, code, pair);
		rateLimits.reset(pair, FAILURE_WINDOW);
		return user;
	}

	private String limitNetwork(String ip) {
		String client = RateLimits.client(ip);
		if (!rateLimits.tryAcquire("login-ip:" + client, attemptsPerIpPerMinute, Duration.ofMinutes(1))) {
			throw new SignInRefused(Reason.TOO_MANY_ATTEMPTS, clock.instant().plus(Duration.ofMinutes(1)));
		}
		return client;
	}

	private void checkSecondFactor(User user, String code, String pair) {
		String account = "second-factor-fail:" + user.getId();
		int allowed = limits.secondFactorFailuresPerAccountPer15Minutes();
		Duration wait = rateLimits.exhausted(account, allowed, FAILURE_WINDOW);
		if (!wait.isZero()) {
			throw new SignInRefused(Reason.LOCKED, clock.instant().plus(wait));
		}
		if (code == null || !twoFactor.accepts(user, code)) {
			rateLimits.count(account, FAILURE_WINDOW);
			fail(pair);
		}
	}

	private void refuseWhileDelayed(String pair) {
		Duration wait = rateLimits.exhausted(pair, FAILURES_BEFORE_DELAY, FAILURE_WINDOW);
		if (!wait.isZero()) {
			throw new SignInRefused(Reason.LOCKED, clock.instant().plus(wait));
		}
	}

	private void fail(String pair) {
		rateLimits.count(pair, FAILURE_WINDOW);
		refuseWhileDelayed(pair);
		throw new SignInRefused(Reason.BAD_CREDENTIALS);
	}

	private static String failureKey(String email, String client) {
		return "login-fail:" + EmailAddresses.limitKey(email) + "|" + client;
	}

	@Transactional(propagation = Propagation.SUPPORTS)
	public User user(UUID id) {
		return users.findById(id).orElseThrow();
	}
}
