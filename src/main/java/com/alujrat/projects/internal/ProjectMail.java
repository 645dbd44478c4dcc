package com.alujrat.projects.internal;

import com.alujrat.notifications.Notifications;
import com.alujrat.notifications.Topic;
import com.alujrat.projects.BidDeclined;
import com.alujrat.projects.BidPlaced;
import com.alujrat.projects.FreelancerInvited;
import com.alujrat.projects.ProjectExpired;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells people what happened to their projects and bids (email now; in-app notifications arrive with E). */
@Component
class ProjectMail {

	private final Notifications mail;

	private final Postings postings;

	ProjectMail(Notifications mail, Postings postings) {
		this.mail = mail;
		this.postings = postings;
	}

	@ApplicationModuleListener
	void on(BidPlaced event) {
		mail.notify(event.employer(), Topic.BIDS, "bidPlaced", "/projects/" + event.project().value(), title(event.project().value()));
	}

	@ApplicationModuleListener
	void on(BidDeclined event) {
		mail.notify(event.freelancer(), Topic.BIDS, "bidDeclined", "/bids", title(event.project().value()));
	}

	@ApplicationModuleListener
	void on(FreelancerInvited event) {
		mail.notify(event.freelancer(), Topic.BIDS, "projectInvitation", "/projects/" + event.project().value(),
				title(event.project().value()));
	}

	@ApplicationModuleListener
	void on(ProjectExpired event) {
		mail.notify(event.employer(), Topic.ACCOUNT, "projectExpired", "/projects/" + event.project().value(),
				title(event.project().value()));
	}

	private String title(java.util.UUID project) {
		return postings.find(project).map(p -> p.details().title()).orElse("");
	}
}
