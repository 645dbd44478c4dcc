package com.alujrat.projects.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Open projects past their end date expire (every ten minutes), saved searches tell of new matches (daily), on one node. */
@Component
class ProjectJobs {

	private final Postings postings;

	private final SavedSearches savedSearches;

	ProjectJobs(Postings postings, SavedSearches savedSearches) {
		this.postings = postings;
		this.savedSearches = savedSearches;
	}

	@Scheduled(cron = "0 0 9 * * *", zone = "Asia/Karachi")
	@SchedulerLock(name = "savedSearchMatches", lockAtMostFor = "PT1H")
	void savedSearchMatches() {
		savedSearches.notifyNewMatches();
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	@SchedulerLock(name = "expireProjects")
	void expire() {
		// Five hundred at a time, each batch its own transaction; a bounded number of batches per run.
		for (int batch = 0; batch < 100 && postings.expireDue() > 0; batch++) {
		}
	}
}
