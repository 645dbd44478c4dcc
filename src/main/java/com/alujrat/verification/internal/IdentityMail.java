package com.alujrat.verification.internal;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.Accounts;
import com.alujrat.notifications.Emails;
import com.alujrat.notifications.MailWriter;
import com.alujrat.verification.IdentityRejected;
import com.alujrat.verification.IdentityVerified;
import com.alujrat.shared.UserId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells people the verifiers' decision, in their language, at the address their account has now. */
@Component
class IdentityMail {

	private final Accounts accounts;

	private final MailWriter writer;

	private final Emails emails;

	IdentityMail(Accounts accounts, MailWriter writer, Emails emails) {
		this.accounts = accounts;
		this.writer = writer;
		this.emails = emails;
	}

	@ApplicationModuleListener
	void on(IdentityVerified event) {
		send(event.userId(), "identityVerified", "/dashboard");
	}

	@ApplicationModuleListener
	void on(IdentityRejected event) {
		send(event.userId(), "identityRejected", "/account/verification", event.reason());
	}

	private void send(UserId userId, String kind, String linkPath, Object... args) {
		accounts.find(userId).ifPresent((Account account) -> emails
			.send(writer.write(account.email(), account.fullName(), account.locale(), kind, linkPath, args)));
	}
}
