package com.alujrat.privacy.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.alujrat.platform.web.CookieConsent;
import com.alujrat.privacy.internal.CookieConsents;
import com.alujrat.shared.SignedInUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The cookie banner's answer and the "Cookie settings" page where it can be changed at any time. */
@Controller
class CookieSettings {

	private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

	private final CookieConsents consents;

	CookieSettings(CookieConsents consents) {
		this.consents = consents;
	}

	@GetMapping("/cookies")
	String page(HttpServletRequest request, Model model) {
		model.addAttribute("consent", CookieConsent.from(request).orElse(new CookieConsent(false, false, false)));
		model.addAttribute("saved", request.getParameter("saved") != null);
		return "privacy/cookies";
	}

	@PostMapping("/cookies/consent")
	Object choose(@RequestParam(defaultValue = "custom") String choice,
			@RequestParam(defaultValue = "false") boolean preferences,
			@RequestParam(defaultValue = "false") boolean analytics,
			@RequestParam(defaultValue = "false") boolean marketing,
			@RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletRequest request,
			HttpServletResponse response) {
		CookieConsent consent = switch (choice) {
			case "all" -> new CookieConsent(true, true, true);
			case "necessary" -> new CookieConsent(false, false, false);
			default -> new CookieConsent(preferences, analytics, marketing);
		};
		UUID visitor = visitorId(request, response);
		consents.record(visitor, SignedInUser.current().map(SignedInUser::id).orElse(null), consent);
		response.addCookie(cookie(request, CookieConsent.COOKIE, consent.cookieValue(), ONE_YEAR));
		if (!consent.preferences()) {
			response.addCookie(cookie(request, "aj_lang", "", 0));
		}
		if (htmx != null) {
			return org.springframework.http.ResponseEntity.ok("");
		}
		return "redirect:/cookies?saved";
	}

	/** The browser's visitor id; a missing or tampered one is replaced by a fresh id. */
	private static UUID visitorId(HttpServletRequest request, HttpServletResponse response) {
		return CookieConsent.visitor(request).orElseGet(() -> {
			UUID id = UUID.randomUUID();
			response.addCookie(cookie(request, CookieConsent.VISITOR_COOKIE, id.toString(), ONE_YEAR));
			return id;
		});
	}

	private static Cookie cookie(HttpServletRequest request, String name, String value, int maxAge) {
		Cookie cookie = new Cookie(name, value);
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge(maxAge);
		cookie.setAttribute("SameSite", "Lax");
		return cookie;
	}
}
