package com.alujrat.notifications.internal;

import com.alujrat.notifications.TextMessages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Development SMS when no gateway is configured ({@code alujrat.sms.url}): the text lands in the outbox, addressed to
 * the phone number, with "SMS" as its subject. The prod profile never has it, so there an SMS gateway is required.
 */
@Component
@Profile("!prod")
@ConditionalOnExpression("'${alujrat.sms.url:}' == ''")
class OutboxTextMessages implements TextMessages {

	private final DevOutbox outbox;

	OutboxTextMessages(DevOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void send(String phoneE164, String text) {
		outbox.keep(phoneE164, "SMS", text);
	}
}
