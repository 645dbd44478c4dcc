package com.alujrat.billing.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
class BillingJobs {

	private final Subscriptions subscriptions;

	BillingJobs(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@Scheduled(fixedDelayString = "PT30M", initialDelayString = "PT3M")
	@SchedulerLock(name = "billing-subscriptions", lockAtMostFor = "PT30M")
	void subscriptions() {
		subscriptions.sweep();
	}
}
