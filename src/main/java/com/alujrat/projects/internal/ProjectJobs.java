package com.alujrat.projects.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Open projects past their end date expire, checked every ten minutes on one node. */
@Component
class ProjectJobs {

	private final Postings postings;

	ProjectJobs(Postings postings) {
		this.postings = postings;
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	@SchedulerLock(name = "projects.expire")
	void expire() {
		while (postings.expireDue() > 0) {
			// Five hundred at a time, each batch its own transaction.
		}
	}
}
