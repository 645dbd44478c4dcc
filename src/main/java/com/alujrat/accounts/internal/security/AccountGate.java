package com.alujrat.accounts.internal.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.alujrat.accounts.AccountStatus;
import com.alujrat.accounts.internal.AccountDirectory;
import com.alujrat.accounts.internal.User;
import com.alujrat.accounts.internal.WebSessions;
import com.alujrat.shared.SignedInUser;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Rules for every signed-in request, web session or bearer token alike, checked against the account as it is now:
 * <ul>
 * <li>a web session ends twelve hours after it started whatever its activity, and as soon as the account's security
 * epoch moves on (password reset, sign-out everywhere, two-factor turned on elsewhere) or the account closes;</li>
 * <li>an unverified email reaches only its verification, {@code GET /api/v1/me}, logout and the policy pages
 * (others: a redirect to the verification page, or 403 {@code email-unverified} in the API);</li>
 * <li>a staff account reaches staff pages and {@code /api/v1/staff/**} only with two-factor on (others: a page
 * that sends them to set it up, or 403 {@code two-factor-required}).</li>
 * </ul>
 * It costs one read of the account per signed-in web request; a bearer request reuses the one its token check made.
 */
class AccountGate extends OncePerRequestFilter {

	static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(12);

	static final String EPOCH = "aj.epoch";

	private static final List<String> OPEN_TO_UNVERIFIED = List.of("/verify-email", "/logout", "/error", "/webjars/",
			"/css/", "/js/", "/img/", "/fonts/", "/privacy", "/terms", "/refund-policy", "/contact", "/cookies",
			"/manifest.webmanifest", "/sw.js", "/offline", "/robots.txt", "/sitemap.xml", "/favicon", "/dev/outbox", "/api/v1/auth/", "/api/v1/dev/outbox",
			"/api/v1/me/email-verification", "/help", "/unsubscribe", "/support/", "/api/v1/support/", "/notifications/bell",
			"/messages/badge", "/api/v1/events");

	// Decoded as Spring MVC and the role rules see it: "/%73taff" is a staff page too.
	private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

	private final AccountDirectory directory;

	private final SessionRefresher refresher;

	private final ProblemResponses problems;

	AccountGate(AccountDirectory directory, SessionRefresher refresher, ProblemResponses problems) {
		this.directory = directory;
		this.refresher = refresher;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SignedInUser principal = SignedInUser.current().orElse(null);
		if (principal == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<User> account = (request.getAttribute(BearerTokenFilter.ACCOUNT) instanceof User read ? Optional.of(read)
				: directory.user(principal.id())).filter(u -> u.getStatus() != AccountStatus.CLOSED);
		HttpSession session = request.getSession(false);
		if (session != null && !sessionStillValid(session, account)) {
			session.invalidate();
			response.sendRedirect("/login?expired");
			return;
		}
		// A session started by a remember-me cookie records its device and address on its first request.
		if (session != null && session.getAttribute(WebSessions.DEVICE) == null) {
			session.setAttribute(WebSessions.DEVICE, DeviceDescriptions.describe(request.getHeader("User-Agent")));
			session.setAttribute(WebSessions.IP, request.getRemoteAddr());
		}
		if (account.isEmpty()) {
			problems.write(response, 401, "invalid-token", "The account is closed.");
			return;
		}
		User user = account.get();
		String path = PATHS.getPathWithinApplication(request);
		boolean api = path.startsWith("/api/");
		if (!user.isEmailVerified() && !isOpenToUnverified(request)) {
			if (api) {
				problems.write(response, 403, "email-unverified", "Verify your email address first.");
			}
			else {
				response.sendRedirect("/verify-email");
			}
			return;
		}
		if (user.isEmailVerified() && !principal.emailVerified() && session != null) {
			refresher.refresh(request, response);
		}
		if (principal.isStaff() && !user.isTotpEnabled() && isStaffArea(path)) {
			if (api) {
				problems.write(response, 403, "two-factor-required",
						"Staff accounts must turn on two-factor authentication first.");
			}
			else {
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				request.getRequestDispatcher("/account/security/staff-two-factor").forward(request, response);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean sessionStillValid(HttpSession session, Optional<User> account) {
		if (Instant.ofEpochMilli(session.getCreationTime()).plus(ABSOLUTE_TIMEOUT).isBefore(Instant.now())) {
			return false;
		}
		if (account.isEmpty()) {
			return false;
		}
		// A session started by a remember-me cookie has no epoch yet: it takes the current one.
		Object epoch = session.getAttribute(EPOCH);
		if (epoch == null) {
			session.setAttribute(EPOCH, account.get().getSecurityEpoch());
			return true;
		}
		return epoch.equals(account.get().getSecurityEpoch());
	}

	static boolean isStaffArea(String path) {
		return path.startsWith("/staff") || path.startsWith("/api/v1/staff/")
				|| (path.startsWith("/actuator/") && !path.startsWith("/actuator/health"));
	}

	private static boolean isOpenToUnverified(HttpServletRequest request) {
		String path = PATHS.getPathWithinApplication(request);
		if (path.equals("/api/v1/me")) {
			return "GET".equals(request.getMethod());
		}
		return OPEN_TO_UNVERIFIED.stream().anyMatch(path::startsWith);
	}
}
