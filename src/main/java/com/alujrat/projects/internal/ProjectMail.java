package com.alujrat.projects.internal;

import com.alujrat.accounts.UserMail;
import com.alujrat.projects.BidDeclined;
import com.alujrat.projects.BidPlaced;
import com.alujrat.projects.FreelancerInvited;
import com.alujrat.projects.ProjectExpired;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells people what happened to their projects and bids (email now; in-app notifications arrive with E). */
@Component
class ProjectMail {

	private final UserMail mail;

	private final Postings postings;

	ProjectMail(UserMail mail, Postings postings) {
		this.mail = mail;
		this.postings = postings;
	}

	@ApplicationModuleListener
	void on(BidPlaced event) {
		mail.send(event.employer(), "bidPlaced", "/projects/" + event.project().value(), title(event.project().value()));
	}

	@ApplicationModuleListener
	void on(BidDeclined event) {
		mail.send(event.freelancer(), "bidDeclined", "/bids", title(event.project().value()));
	}

	@ApplicationModuleListener
	void on(FreelancerInvited event) {
		mail.send(event.freelancer(), "projectInvitation", "/projects/" + event.project().value(),
				title(event.project().value()));
	}

	@ApplicationModuleListener
	void on(ProjectExpired event) {
		mail.send(event.employer(), "projectExpired", "/projects/" + event.project().value(),
				title(event.project().value()));
	}

	private String title(java.util.UUID project) {
		return postings.find(project).map(p -> p.details().title()).orElse("");
	}
}
