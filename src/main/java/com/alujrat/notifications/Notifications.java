package com.alujrat.notifications;

import java.util.Arrays;

import com.alujrat.notifications.internal.Notices;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/**
 * Tells a user something, as their preferences for its topic say: in the app (the bell and the live stream), by
 * mail, both, or not at all. Modules call it from their own event listeners; the mail leaves through the event
 * publication registry, so a failed delivery is retried and a notification is never lost. The words come from the
 * messages {@code mail.<kind>.subject} (the in-app title), {@code .body} and {@code .action}.
 */
@Service
public class Notifications {

	private final Notices notices;

	Notifications(Notices notices) {
		this.notices = notices;
	}

	public void notify(UserId to, Topic topic, String kind, String linkPath, Object... args) {
		notices.tell(to, topic, kind, linkPath, strings(args), false);
	}

	/** A critical security alert: always shown and mailed, and sent by SMS to the user's verified phone too. */
	public void alert(UserId to, String kind, String linkPath, Object... args) {
		notices.tell(to, Topic.SECURITY, kind, linkPath, strings(args), true);
	}

	/** Mail only, when the user wants this topic mailed (a digest of what the app already shows). */
	public void mail(UserId to, Topic topic, String kind, String linkPath, Object... args) {
		notices.mailOnly(to, topic, kind, linkPath, strings(args));
	}

	private static java.util.List<String> strings(Object[] args) {
		return Arrays.stream(args).map(String::valueOf).toList();
	}
}
