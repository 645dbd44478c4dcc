package com.alujrat.notifications.internal;

import com.alujrat.notifications.TextMessages;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Development SMS: the text lands in the outbox, addressed to the phone number, with "SMS" as its subject. No
 * gateway to a real SMS provider exists yet, so the prod profile has no {@link TextMessages} and will not start.
 */
@Component
@Profile("!prod")
class OutboxTextMessages implements TextMessages {

	private final DevOutbox outbox;

	OutboxTextMessages(DevOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void send(String phoneE164, String text) {
		outbox.keep(phoneE164, "SMS", text, null);
	}
}
