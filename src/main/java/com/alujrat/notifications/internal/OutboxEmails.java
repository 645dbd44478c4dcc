package com.alujrat.notifications.internal;

import com.alujrat.notifications.Email;
import com.alujrat.notifications.Emails;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Without SMTP, development mail lands in the outbox. The prod profile has no outbox at all. */
@Component
@Profile("!prod")
@ConditionalOnExpression("'${spring.mail.host:}' == ''")
class OutboxEmails implements Emails {

	private final DevOutbox outbox;

	OutboxEmails(DevOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void send(Email email) {
		outbox.keep(email);
	}
}
