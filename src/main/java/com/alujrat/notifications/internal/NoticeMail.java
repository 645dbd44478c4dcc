package com.alujrat.notifications.internal;

import com.alujrat.notifications.Emails;
import com.alujrat.notifications.MailWriter;
import com.alujrat.notifications.Phones;
import com.alujrat.notifications.Recipients;
import com.alujrat.notifications.TextMessages;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails a notification in its recipient's language at the address the account has when it leaves; a failed send
 * leaves the publication incomplete and the registry sends it again.
 */
@Component
class NoticeMail {

	private final Recipients recipients;

	private final Phones phones;

	private final MailWriter writer;

	private final Emails emails;

	private final TextMessages texts;

	private final MessageSource messages;

	NoticeMail(Recipients recipients, Phones phones, MailWriter writer, Emails emails, TextMessages texts,
			MessageSource messages) {
		this.recipients = recipients;
		this.phones = phones;
		this.writer = writer;
		this.emails = emails;
		this.texts = texts;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(MailDue due) {
		recipients.find(due.to()).ifPresent(recipient -> {
			Object[] args = due.args().toArray();
			emails.send(writer.write(recipient.email(), recipient.name(), recipient.locale(), due.kind(), due.link(), args));
			if (due.sms()) {
				phones.verified(due.to())
					.ifPresent(phone -> texts.send(phone, messages.getMessage("mail." + due.kind() + ".subject", args,
							MailWriter.locale(recipient.locale()))));
			}
		});
	}
}
