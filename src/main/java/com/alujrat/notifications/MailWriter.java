package com.alujrat.notifications;

import java.util.Locale;
import java.util.Map;

import com.alujrat.platform.web.Languages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a mail in the recipient's language from the messages {@code mail.<kind>.subject}, {@code .body} and
 * {@code .action}, or from a campaign's own words: one layout for all (a greeting, a few lines, where there is one a
 * link to a path of the platform, the closing, and for marketing the unsubscribe line), in HTML and plain text,
 * right-to-left in Urdu.
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

	/** The supported language for an account's stored language tag (English when none). */
	public static Locale locale(String localeTag) {
		return Languages.supported(Locale.forLanguageTag(localeTag == null ? "en" : localeTag));
	}

	public Email write(String to, String name, String localeTag, String kind, String linkPath, Object... args) {
		Locale locale = locale(localeTag);
		String subject = messages.getMessage("mail." + kind + ".subject", args, locale);
		String body = messages.getMessage("mail." + kind + ".body", args, locale);
		String action = linkPath == null ? null : messages.getMessage("mail." + kind + ".action", null, locale);
		return layout(to, name, locale, subject, body, action, linkPath == null ? null : link(linkPath), null);
	}

	/**
	 * A marketing mail: the campaign's words, the unsubscribe link at the foot and the RFC 8058 one-click headers
	 * (a mail program's "unsubscribe" button posts to the same link, no sign-in needed).
	 */
	public Email marketing(String to, String name, String localeTag, String subject, String body, String unsubscribeToken) {
		Locale locale = locale(localeTag);
		String unsubscribe = link("/unsubscribe?token=" + unsubscribeToken);
		Email email = layout(to, name, locale, subject, body, null, null,
				new String[] { messages.getMessage("mail.marketing.footer", null, locale), unsubscribe });
		return new Email(email.to(), email.subject(), email.text(), email.html(), Map.of("List-Unsubscribe",
				"<" + unsubscribe + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
	}

	private Email layout(String to, String name, Locale locale, String subject, String body, String action, String url,
			String[] footer) {
		String greeting = name == null || name.isBlank() ? messages.getMessage("mail.greeting.plain", null, locale)
				: messages.getMessage("mail.greeting", new Object[] { name }, locale);
		String closing = messages.getMessage("mail.closing", null, locale);
		StringBuilder text = new StringBuilder(greeting).append("\n\n").append(body).append("\n\n");
		String dir = Languages.isUrdu(locale) ? "rtl" : "ltr";
		StringBuilder html = new StringBuilder("<!doctype html><html lang=\"").append(locale.getLanguage())
			.append("\" dir=\"").append(dir).append("\"><body style=\"font-family:sans-serif\"><p>")
			.append(HtmlUtils.htmlEscape(greeting)).append("</p>");
		for (String paragraph : body.split("\n\n")) {
			html.append("<p>").append(HtmlUtils.htmlEscape(paragraph).replace("\n", "<br>")).append("</p>");
		}
		if (url != null) {
			text.append(action).append(": ").append(url).append("\n\n");
			html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(url)).append("\">")
				.append(HtmlUtils.htmlEscape(action)).append("</a></p>");
		}
		text.append(closing);
		html.append("<p>").append(HtmlUtils.htmlEscape(closing)).append("</p>");
		if (footer != null) {
			text.append("\n\n--\n").append(footer[0]).append(": ").append(footer[1]);
			html.append("<hr><p style=\"font-size:small\">").append(HtmlUtils.htmlEscape(footer[0]))
				.append(": <a href=\"").append(HtmlUtils.htmlEscape(footer[1])).append("\">")
				.append(HtmlUtils.htmlEscape(footer[1])).append("</a></p>");
		}
		html.append("</body></html>");
		return new Email(to, subject, text.toString(), html.toString());
	}
}
