package com.alujrat.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that submits the site's forms as a browser would (CSRF field included), for web
 * rules that need no JavaScript. Redirects are not followed, so tests can check where they lead.
 */
public final class Browserless {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	private final String base;

	private final int port;

	private final String ip;

	private String userAgent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/150.0 Safari/537.36";

	public Browserless(int port) {
		this(port, randomAddress());
	}

	private Browserless(int port, String ip) {
		this.base = "http://localhost:" + port;
		this.port = port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
		this.ip = ip;
	}

	private static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}

	/** The network address this browser's requests come from. */
	public String ip() {
		return ip;
	}

	/** Another browser (no cookies) on the same network address. */
	public Browserless sameNetworkNewBrowser() {
		return new Browserless(port, ip);
	}

	public Browserless userAgent(String value) {
		this.userAgent = value;
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/** A GET with one extra header, as htmx sends {@code HX-Request}. */
	public HttpResponse<String> get(String path, String header, String value) {
		return send(request(path).header(header, value).GET());
	}

	/** Opens the page to get a CSRF token, then posts the form fields to the same path. */
	public HttpResponse<String> submit(String path, Map<String, String> fields) {
		return submit(path, path, fields);
	}

	public HttpResponse<String> submit(String pagePath, String actionPath, Map<String, String> fields) {
		String page = get(pagePath).body();
		Matcher matcher = CSRF.matcher(page);
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (matcher.find()) {
			form.put("_csrf", matcher.group(1).replace("&#x2D;", "-").replace("&#x3D;", "="));
		}
		return post(actionPath, form);
	}

	public HttpResponse<String> post(String path, Map<String, String> form) {
		return postWithHeader(path, form, "X-Requested-By", "form");
	}

	public HttpResponse<String> postWithHeader(String path, Map<String, String> form, String header, String value) {
		String body = form.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.header(header, value)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	public boolean hasCookie(String name) {
		return cookies.getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals(name));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.header("User-Agent", userAgent)
			.header("X-Forwarded-For", ip)
			.header("Accept", "text/html");
	}

	private HttpResponse<String> send(HttpRequest.Builder builder) {
		try {
			return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
