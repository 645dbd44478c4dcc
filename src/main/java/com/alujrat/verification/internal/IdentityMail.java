package com.alujrat.verification.internal;

import com.alujrat.notifications.Notifications;
import com.alujrat.notifications.Topic;
import com.alujrat.verification.IdentityRejected;
import com.alujrat.verification.IdentityVerified;
import com.alujrat.shared.UserId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells people the verifiers' decision, in their language, at the address their account has now. */
@Component
class IdentityMail {

	private final Notifications mail;

	IdentityMail(Notifications mail) {
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
		mail.notify(userId, Topic.VERIFICATION, kind, linkPath, args);
	}
}
