package com.alujrat.notifications;

import java.util.Locale;

import com.alujrat.platform.web.Languages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a mail in the recipient's language from the messages {@code mail.<kind>.subject}, {@code .body} and
 * {@code .action}: a greeting, a few lines and, where there is one, a link to a path of the platform.
 */
@Component
public class MailWriter {

	private final MessageSource messages;

	private final String baseUrl;

	MailWriter(MessageSource messages, @Value("${alujrat.base-url}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	public String link(String path) {
		return baseUrl + path;
	}

	public Email write(String to, String name, String localeTag, String kind, String linkPath, Object... args) {
		Locale locale = Languages.supported(Locale.forLanguageTag(localeTag == null ? "en" : localeTag));
		String subject = messages.getMessage("mail." + kind + ".subject", args, locale);
		String greeting = messages.getMessage("mail.greeting", new Object[] { name }, locale);
		String body = messages.getMessage("mail." + kind + ".body", args, locale);
		String closing = messages.getMessage("mail.closing", null, locale);
		StringBuilder text = new StringBuilder(greeting).append("\n\n").append(body).append("\n\n");
		String dir = Languages.isUrdu(locale) ? "rtl" : "ltr";
		StringBuilder html = new StringBuilder("<!doctype html><html lang=\"").append(locale.getLanguage())
			.append("\" dir=\"").append(dir).append("\"><body style=\"font-family:sans-serif\"><p>")
			.append(HtmlUtils.htmlEscape(greeting)).append("</p><p>").append(HtmlUtils.htmlEscape(body)).append("</p>");
		if (linkPath != null) {
			String url = link(linkPath);
			String action = messages.getMessage("mail." + kind + ".action", null, locale);
			text.append(action).append(": ").append(url).append("\n\n");
			html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(url)).append("\">")
				.append(HtmlUtils.htmlEscape(action)).append("</a></p>");
		}
		text.append(closing);
		html.append("<p>").append(HtmlUtils.htmlEscape(closing)).append("</p></body></html>");
		return new Email(to, subject, text.toString(), html.toString());
	}
}
