package com.alujrat.platform.web;

import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What search engines are told: only the public pages ({@link Ui#PUBLIC_PAGES}) are listed and may be indexed;
 * accounts, profiles, staff pages, the API and (when they exist) projects are disallowed, as the privacy policy keeps
 * them away from search engines. Every other page also says {@code noindex} itself.
 */
@Controller
class SearchEngines {

	private static final String[] PRIVATE_AREAS = { "/account/", "/dashboard", "/profile", "/profiles/", "/freelancers",
			"/employers/", "/projects", "/services", "/bids", "/offers/", "/contracts", "/users/", "/staff/", "/api/", "/verify-email", "/password-reset", "/guardian-consent",
			"/login/", "/signup/social", "/oauth2/", "/dev/", "/swagger-ui", "/v3/", "/actuator/" };

	private final String baseUrl;

	SearchEngines(@Value("${alujrat.base-url}") String baseUrl) {
		this.baseUrl = baseUrl;
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		StringBuilder robots = new StringBuilder("User-agent: *\n");
		for (String area : PRIVATE_AREAS) {
			robots.append("Disallow: ").append(area).append('\n');
		}
		robots.append("\nSitemap: ").append(baseUrl).append("/sitemap.xml\n");
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.TEXT_PLAIN).body(robots.toString());
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() {
		String urls = Ui.PUBLIC_PAGES.stream()
			.map(path -> "  <url><loc>" + baseUrl + path + "</loc></url>")
			.collect(Collectors.joining("\n"));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.contentType(MediaType.APPLICATION_XML)
			.body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
					+ "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + urls + "\n</urlset>\n");
	}
}
