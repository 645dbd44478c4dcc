package com.alujrat.privacy.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.alujrat.platform.web.CookieConsent;
import com.alujrat.privacy.internal.CookieConsents;
import com.alujrat.shared.SignedInUser;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Once a visitor who answered the cookie banner signs in, their answers are recorded against their account too
 * (once per session).
 */
@Component
class ConsentOwner extends OncePerRequestFilter {

	private static final String LINKED = ConsentOwner.class.getName() + ".linked";

	private final CookieConsents consents;

	ConsentOwner(CookieConsents consents) {
		this.consents = consents;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		SignedInUser user = SignedInUser.current().orElse(null);
		HttpSession session = request.getSession(false);
		if (user == null || session == null || session.getAttribute(LINKED) != null || request.getCookies() == null) {
			return;
		}
		CookieConsent.visitor(request).ifPresent(visitor -> consents.claim(visitor, user.id()));
		session.setAttribute(LINKED, Boolean.TRUE);
	}
}
