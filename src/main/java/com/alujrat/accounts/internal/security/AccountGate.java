package com.alujrat.accounts.internal.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.alujrat.accounts.internal.WebSessions;
import com.alujrat.shared.SignedInUser;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rules for signed-in web sessions: a session ends twelve hours after it started whatever its activity; a user
 * whose email is unverified sees only the verification page; every session records its device and address for
 * the Account → Security page.
 */
class AccountGate extends OncePerRequestFilter {

	static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(12);

	private static final List<String> OPEN_TO_UNVERIFIED = List.of("/verify-email", "/logout", "/error", "/webjars/",
			"/css/", "/js/", "/img/", "/privacy", "/terms", "/refund-policy", "/contact", "/cookies", "/api/",
			"/manifest.webmanifest", "/sw.js", "/favicon", "/dev/outbox");

	private final SessionRefresher refresher;

	AccountGate(SessionRefresher refresher) {
		this.refresher = refresher;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		SignedInUser user = SignedInUser.current().orElse(null);
		if (session == null || user == null) {
			chain.doFilter(request, response);
			return;
		}
		if (Instant.ofEpochMilli(session.getCreationTime()).plus(ABSOLUTE_TIMEOUT).isBefore(Instant.now())) {
			session.invalidate();
			response.sendRedirect("/login?expired");
			return;
		}
		if (session.getAttribute(WebSessions.DEVICE) == null) {
			session.setAttribute(WebSessions.DEVICE, DeviceDescriptions.describe(request.getHeader("User-Agent")));
			session.setAttribute(WebSessions.IP, request.getRemoteAddr());
		}
		if (!user.emailVerified() && !isOpenToUnverified(request.getRequestURI())) {
			if (!refresher.refresh(request, response).map(SignedInUser::emailVerified).orElse(false)) {
				response.sendRedirect("/verify-email");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isOpenToUnverified(String path) {
		return OPEN_TO_UNVERIFIED.stream().anyMatch(path::startsWith);
	}
}
