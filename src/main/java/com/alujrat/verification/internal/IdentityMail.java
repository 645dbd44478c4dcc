package com.alujrat.verification.internal;

import com.alujrat.accounts.UserMail;
import com.alujrat.verification.IdentityRejected;
import com.alujrat.verification.IdentityVerified;
import com.alujrat.shared.UserId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells people the verifiers' decision, in their language, at the address their account has now. */
@Component
class IdentityMail {

	private final UserMail mail;

	IdentityMail(UserMail mail) {
		this.mail = mail;
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
		mail.send(userId, kind, linkPath, args);
	}
}
