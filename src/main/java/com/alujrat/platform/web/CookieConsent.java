package com.alujrat.platform.web;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A visitor's cookie choices as carried by the {@code aj_consent} cookie (itself necessary: it remembers the
 * answer). Necessary cookies need no consent; the others only once chosen.
 */
public record CookieConsent(boolean preferences, boolean analytics, boolean marketing) {

	public static final String COOKIE = "aj_consent";

	/** The anonymous id of a browser that answered the banner: its answers (and, with consent, its visits) carry it. */
	public static final String VISITOR_COOKIE = "aj_visitor";

	/** The browser's visitor id, if it has a well-formed one. */
	public static Optional<java.util.UUID> visitor(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		return Arrays.stream(cookies).filter(c -> VISITOR_COOKIE.equals(c.getName())).findFirst().flatMap(c -> {
			try {
				return Optional.of(java.util.UUID.fromString(c.getValue()));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		});
	}

	public static Optional<CookieConsent> from(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		return Arrays.stream(cookies)
			.filter(c -> COOKIE.equals(c.getName()))
			.findFirst()
			.flatMap(c -> parse(c.getValue()));
	}

	public String cookieValue() {
		return "p" + bit(preferences) + "a" + bit(analytics) + "m" + bit(marketing);
	}

	static Optional<CookieConsent> parse(String value) {
		if (value == null || !value.matches("p[01]a[01]m[01]")) {
			return Optional.empty();
		}
		return Optional.of(new CookieConsent(value.charAt(1) == '1', value.charAt(3) == '1', value.charAt(5) == '1'));
	}

	private static char bit(boolean on) {
		return on ? '1' : '0';
	}
}
