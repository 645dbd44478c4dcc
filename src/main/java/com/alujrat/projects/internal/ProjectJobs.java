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
	@SchedulerLock(name = "expireProjects")
	void expire() {
		// Five hundred at a time, each batch its own transaction; a bounded number of batches per run.
		for (int batch = 0; batch < 100 && postings.expireDue() > 0; batch++) {
		}
	}
}
