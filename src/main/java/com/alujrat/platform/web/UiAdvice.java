package com.alujrat.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Gives every page the {@code ui} model attribute its layout needs. */
@ControllerAdvice
@Component
public class UiAdvice {

	private final MessageSource messages;

	// Outside prod, mail and SMS go to the development outbox (see notifications): every page says so.
	private final boolean developmentMode;

	private final ResourceUrlProvider assets;

	private final String baseUrl;

	private final java.util.List<PageNotices> notices;

	UiAdvice(MessageSource messages, Environment environment, ResourceUrlProvider assets,
			java.util.List<PageNotices> notices) {
		this.notices = notices;
		this.messages = messages;
		this.assets = assets;
		this.baseUrl = environment.getProperty("alujrat.base-url", "");
		this.developmentMode = !environment.acceptsProfiles(Profiles.of("prod"));
	}

	@ModelAttribute("ui")
	public Ui ui(HttpServletRequest request) {
		return forRequest(request);
	}

	public Ui forRequest(HttpServletRequest request) {
		java.util.Locale locale = Languages.supported(LocaleContextHolder.getLocale());
		return new Ui(messages, locale, request, developmentMode, assets, baseUrl,
				user -> notices.stream().flatMap(n -> n.of(user, locale).stream()).toList());
	}
}
