package com.alujrat.notifications;

import java.util.Map;

/** One message to one address, with a plain text part, an HTML part and any extra headers (List-Unsubscribe). */
public record Email(String to, String subject, String text, String html, Map<String, String> headers) {

	public Email {
		headers = Map.copyOf(headers);
	}

	public Email(String to, String subject, String text, String html) {
		this(to, subject, text, html, Map.of());
	}
}
