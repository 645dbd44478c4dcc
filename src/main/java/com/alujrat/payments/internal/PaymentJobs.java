package com.alujrat.payments.internal;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The ledger's clock work, each on one node at a time. */
@Component
class PaymentJobs {

	private final Checkouts checkouts;

	private final Wallets wallets;

	private final Reconciliation reconciliation;

	private final Clock clock;

	PaymentJobs(Checkouts checkouts, Wallets wallets, Reconciliation reconciliation, Clock clock) {
		this.checkouts = checkouts;
		this.wallets = wallets;
		this.reconciliation = reconciliation;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	@SchedulerLock(name = "payments-checkouts", lockAtMostFor = "PT5M")
	void checkoutsThatNeverHeardBack() {
		checkouts.expireAndRequery();
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
	@SchedulerLock(name = "payments-clearance", lockAtMostFor = "PT10M")
	void clearance() {
		wallets.clearDue(clock.instant());
	}

	@Scheduled(cron = "0 30 2 * * *", zone = "Asia/Karachi")
	@SchedulerLock(name = "payments-reconciliation", lockAtMostFor = "PT1H")
	void nightlyReconciliation() {
		reconciliation.run();
	}
}
