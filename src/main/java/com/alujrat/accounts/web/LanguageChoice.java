package com.alujrat.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.alujrat.accounts.internal.AccountSecurity;
import com.alujrat.platform.web.Languages;
import com.alujrat.shared.SignedInUser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A signed-in user's language switch is kept on the account, for mail and for their next sign-in anywhere. */
@Configuration(proxyBeanMethods = false)
class LanguageChoice implements WebMvcConfigurer, HandlerInterceptor {

	private final AccountSecurity security;

	LanguageChoice(AccountSecurity security) {
		this.security = security;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String lang = request.getParameter("lang");
		if (lang != null && "GET".equals(request.getMethod())) {
			SignedInUser.current()
				.ifPresent(user -> security.chooseLocale(user.id().value(),
						Languages.supported(java.util.Locale.forLanguageTag(lang)).getLanguage()));
		}
		return true;
	}
}
