package com.alujrat.reviews.internal;

import com.alujrat.notifications.Notifications;
import com.alujrat.notifications.Topic;
import com.alujrat.contracts.ContractEnded;
import com.alujrat.reviews.ReviewHidden;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Invites both parties to review when a contract ends, and tells an author when staff hid their text. */
@Component
class ReviewMail {

	private final Notifications mail;

	ReviewMail(Notifications mail) {
		this.mail = mail;
	}

	@ApplicationModuleListener
	void on(ContractEnded event) {
		String path = "/contracts/" + event.contract().value() + "/review";
		mail.notify(event.employer(), Topic.REVIEWS, "reviewInvitation", path);
		mail.notify(event.freelancer(), Topic.REVIEWS, "reviewInvitation", path);
	}

	@ApplicationModuleListener
	void on(ReviewHidden event) {
		mail.notify(event.author(), Topic.REVIEWS, "reviewHidden", null, event.reason());
	}
}
