package com.alujrat.platform.internal;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Work handed over through events (a mail, a ledger posting, a notification) that failed, say because the SMTP
 * server was down, is tried again every minute on one node, not only at the next start.
 */
@Component
public class EventRetries {

	private final FailedEventPublications failed;

	private final Duration minAge;

	EventRetries(FailedEventPublications failed,
			@org.springframework.beans.factory.annotation.Value("${alujrat.events.retry-after:PT30S}") Duration minAge) {
		this.failed = failed;
		this.minAge = minAge;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	@SchedulerLock(name = "platform-event-retries", lockAtMostFor = "PT5M")
	public void retryFailed() {
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge).withBatchSize(200));
	}
}
