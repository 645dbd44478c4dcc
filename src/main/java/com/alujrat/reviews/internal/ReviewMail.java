package com.alujrat.reviews.internal;

import com.alujrat.accounts.UserMail;
import com.alujrat.contracts.ContractEnded;
import com.alujrat.reviews.ReviewHidden;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Invites both parties to review when a contract ends, and tells an author when staff hid their text. */
@Component
class ReviewMail {

	private final UserMail mail;

	ReviewMail(UserMail mail) {
		this.mail = mail;
	}

	@ApplicationModuleListener
	void on(ContractEnded event) {
		String path = "/contracts/" + event.contract().value() + "/review";
		mail.send(event.employer(), "reviewInvitation", path);
		mail.send(event.freelancer(), "reviewInvitation", path);
	}

	@ApplicationModuleListener
	void on(ReviewHidden event) {
		mail.send(event.author(), "reviewHidden", null, event.reason());
	}
}
