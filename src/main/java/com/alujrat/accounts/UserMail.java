package com.alujrat.accounts;

import com.alujrat.notifications.Emails;
import com.alujrat.notifications.MailWriter;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Component;

/**
 * Mails a user in their language at the address their account has now, from messages {@code mail.<kind>.*}.
 * Modules call it from their event listeners, so a failed delivery is retried.
 */
@Component
public class UserMail {

	private final Accounts accounts;

	private final MailWriter writer;

	private final Emails emails;

	UserMail(Accounts accounts, MailWriter writer, Emails emails) {
		this.accounts = accounts;
		this.writer = writer;
		this.emails = emails;
	}

	public void send(UserId to, String kind, String linkPath, Object... args) {
		accounts.find(to)
			.ifPresent(account -> emails
				.send(writer.write(account.email(), account.fullName(), account.locale(), kind, linkPath, args)));
	}
}
