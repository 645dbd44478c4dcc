package com.alujrat.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import com.alujrat.shared.Money;
import com.alujrat.shared.SignedInUser;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * What every page template needs besides its own data: translated text, the reading direction, the CSRF token,
 * who is signed in, and the formats Pakistan reads (rupees, Asia/Karachi time).
 */
public final class Ui {

	public static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");

	private final MessageSource messages;

	private final Locale locale;

	private final HttpServletRequest request;

	private final boolean developmentMode;

	private final ResourceUrlProvider assets;

	private final String baseUrl;

	private final java.util.function.Function<com.alujrat.shared.UserId, java.util.List<PageNotice>> noticesFor;

	private java.util.List<PageNotice> notices;

	Ui(MessageSource messages, Locale locale, HttpServletRequest request, boolean developmentMode,
			ResourceUrlProvider assets, String baseUrl,
			java.util.function.Function<com.alujrat.shared.UserId, java.util.List<PageNotice>> noticesFor) {
		this.noticesFor = noticesFor;
		this.baseUrl = baseUrl;
		this.messages = messages;
		this.locale = locale;
		this.request = request;
		this.developmentMode = developmentMode;
		this.assets = assets;
	}

	/**
	 * The pages search engines may index and the sitemap lists: the public face of the platform. Everything else
	 * (accounts, profiles, staff, and projects once they exist, which the privacy policy keeps from search engines)
	 * carries {@code noindex}.
	 */
	public static final java.util.List<String> PUBLIC_PAGES = java.util.List.of("/", "/signup", "/login", "/privacy",
			"/terms", "/refund-policy", "/contact", "/cookies");

	public boolean indexable() {
		return PUBLIC_PAGES.contains(request.getRequestURI()) && !signedIn();
	}

	/** This page's address on the public site, for Open Graph. */
	public String canonicalUrl() {
		return baseUrl + request.getRequestURI();
	}

	public String baseUrl() {
		return baseUrl;
	}

	/** The fingerprinted URL of a static asset ({@code /css/app.css} → {@code /css/app-<hash>.css}). */
	public String asset(String path) {
		String url = assets.getForLookupPath(path);
		return url != null ? url : path;
	}

	/** Mail and SMS go to the development outbox instead of people (any profile but prod). */
	public boolean developmentMode() {
		return developmentMode;
	}

	public String t(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	public Locale locale() {
		return locale;
	}

	public String lang() {
		return Languages.isUrdu(locale) ? "ur" : "en";
	}

	public String dir() {
		return Languages.isUrdu(locale) ? "rtl" : "ltr";
	}

	public boolean rtl() {
		return Languages.isUrdu(locale);
	}

	public String otherLang() {
		return Languages.isUrdu(locale) ? "en" : "ur";
	}

	/** The current page, with its other query parameters, in the other language. */
	public String switchLanguageUrl() {
		String query = request.getQueryString();
		String kept = query == null ? "" : java.util.Arrays.stream(query.split("&"))
			.filter(part -> !part.isEmpty() && !part.startsWith("lang="))
			.map(part -> part + "&")
			.collect(java.util.stream.Collectors.joining());
		return request.getRequestURI() + "?" + kept + "lang=" + otherLang();
	}

	/** Whether the page was opened with this query parameter (notices such as {@code ?verified}). */
	public boolean hasParam(String name) {
		return request.getParameter(name) != null;
	}

	/** The query parameter if it is an id (a UUID), otherwise null: safe to build a link or form action from. */
	public String idParam(String name) {
		String value = request.getParameter(name);
		try {
			return value == null ? null : java.util.UUID.fromString(value).toString();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public CsrfToken csrf() {
		return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
	}

	public SignedInUser user() {
		return SignedInUser.current().orElse(null);
	}

	public boolean signedIn() {
		return SignedInUser.current().isPresent();
	}

	/** What every page must tell the signed-in user until they act on it; asked once per page. */
	public java.util.List<PageNotice> notices() {
		if (notices == null) {
			notices = signedIn() ? noticesFor.apply(user().id()) : java.util.List.of();
		}
		return notices;
	}

	public boolean showCookieBanner() {
		return CookieConsent.from(request).isEmpty() && !request.getRequestURI().startsWith("/cookies");
	}

	public String money(Money money) {
		return money.format(locale);
	}

	/** An amount held in paisa, formatted as {@link #money}. */
	public String paisa(long paisa) {
		return money(new Money(paisa));
	}

	public String date(java.time.LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	public String time(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(KARACHI)
			.format(instant);
	}
}
