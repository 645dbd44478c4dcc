package com.alujrat.contracts.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Submitted milestones nobody answered for 14 days are approved, checked every ten minutes on one node. */
@Component
class ContractJobs {

	private final Agreements agreements;

	ContractJobs(Agreements agreements) {
		this.agreements = agreements;
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
	@SchedulerLock(name = "approveOverdueMilestones")
	void approveOverdue() {
		// Five hundred at a time, each batch its own transaction; a bounded number of batches per run.
		for (int batch = 0; batch < 100 && agreements.approveOverdue() > 0; batch++) {
		}
	}
}
