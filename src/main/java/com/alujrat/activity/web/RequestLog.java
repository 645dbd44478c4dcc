package com.alujrat.activity.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.alujrat.activity.internal.UsageLog;
import com.alujrat.platform.web.CookieConsent;
import com.alujrat.shared.SignedInUser;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands every page and API request to the usage log once it is answered: who (if signed in), from where, with what,
 * which path and how it ended. Tokens in paths and query parameters that may carry secrets (tokens, codes,
 * passwords, addresses) are left out, and a referrer keeps only its origin. Static files and the live stream are not requests a person makes.
 */
@Component
class RequestLog extends OncePerRequestFilter {

	private static final List<String> NOT_VISITS = List.of("/webjars/", "/css/", "/js/", "/img/", "/fonts/",
			"/favicon", "/manifest.webmanifest", "/sw.js", "/actuator", "/api/v1/events", "/dev/outbox",
			"/api/v1/dev/outbox", "/v3/api-docs", "/swagger-ui");

	/** Sign-in and money: kept for security whatever the consent (policy 1.3: fraud checks, sign-in history). */
	private static final List<String> SECURITY = List.of("/login", "/api/v1/auth/", "/payments/", "/wallet/payouts",
			"/api/v1/me/payout", "/api/v1/me/closure", "/account/close", "/account/security");

	private static final Pattern SECRET = Pattern
		.compile("(?i).*(token|password|secret|code|key|sig|otp|hash|session|email|phone|handover).*");

	private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final UsageLog log;

	private final Clock clock;

	RequestLog(UsageLog log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return NOT_VISITS.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var at = clock.instant();
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			SignedInUser user = SignedInUser.current().orElse(null);
			Optional<CookieConsent> consent = CookieConsent.from(request);
			// A signed-in person's own recorded choice decides (the cookie may be another person's, on a shared
			// device); a visitor's cookie decides for them, and no answer is no.
			Boolean analytics = user != null ? null : consent.map(CookieConsent::analytics).orElse(Boolean.FALSE);
			String path = request.getRequestURI();
			boolean security = !"GET".equals(request.getMethod()) && SECURITY.stream().anyMatch(path::startsWith);
			log.record(new UsageLog.Visit(at, user == null ? null : user.id().value(),
					CookieConsent.visitor(request).orElse(null), request.getRemoteAddr(),
					request.getHeader(HttpHeaders.USER_AGENT), request.getMethod(), limit(withoutSecrets(path) + query(request)),
					limit(referrer(request.getHeader(HttpHeaders.REFERER))), failed ? 500 : response.getStatus(), security,
					analytics));
		}
	}

	/**
	 * Ids in paths are kept (they say which page); any other long segment is a token (a reset or consent link, a
	 * payment hand-over) and is replaced, so that the log cannot be used to follow the link.
	 */
	static String withoutSecrets(String path) {
		return java.util.Arrays.stream(path.split("/", -1))
			.map(segment -> segment.length() >= 16 && !ID.matcher(segment).matches() ? "{secret}" : segment)
			.collect(Collectors.joining("/"));
	}

	private static String limit(String text) {
		return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
	}

	private static String query(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null || query.isBlank()) {
			return "";
		}
		String kept = java.util.Arrays.stream(query.split("&"))
			.filter(pair -> !SECRET.matcher(pair.split("=", 2)[0]).matches())
			.collect(Collectors.joining("&"));
		return kept.isEmpty() ? "" : "?" + kept;
	}

	/** Only the site the visitor came from: a path may carry a token (the link they followed). */
	private static String referrer(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			URI uri = URI.create(header.strip());
			return uri.getScheme() == null || uri.getHost() == null ? null : uri.getScheme() + "://" + uri.getHost();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
