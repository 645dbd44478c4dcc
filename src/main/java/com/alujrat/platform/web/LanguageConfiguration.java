package com.alujrat.platform.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * {@code ?lang=ur} switches language. The choice lives in the session; it is also kept in a cookie only when the
 * visitor accepted preference cookies, since nothing non-necessary is set before consent.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final String COOKIE = "aj_lang";

	static final String SESSION_ATTRIBUTE = Languages.SESSION_ATTRIBUTE;

	@Bean
	LocaleResolver localeResolver() {
		return new ConsentAwareLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	static class ConsentAwareLocaleResolver implements LocaleResolver {

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			HttpSession session = request.getSession(false);
			if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
				return chosen;
			}
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if (COOKIE.equals(cookie.getName())) {
						return Languages.supported(Locale.forLanguageTag(cookie.getValue()));
					}
				}
			}
			return Languages.supported(request.getLocale());
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			Locale chosen = Languages.supported(locale);
			request.getSession().setAttribute(SESSION_ATTRIBUTE, chosen);
			boolean mayRemember = CookieConsent.from(request).map(CookieConsent::preferences).orElse(false);
			if (mayRemember && response != null) {
				Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
				cookie.setPath("/");
				cookie.setMaxAge(60 * 60 * 24 * 365);
				cookie.setHttpOnly(true);
				cookie.setSecure(request.isSecure());
				response.addCookie(cookie);
			}
		}
	}
}
