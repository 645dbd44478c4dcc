package com.alujrat.contracts.internal;

import com.alujrat.payments.EscrowFunded;
import com.alujrat.payments.EscrowRefunded;
import com.alujrat.payments.EscrowReleased;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Milestones follow the money: funded, released and refunded as {@code payments} reports it. */
@Component
class EscrowNotices {

	private final Agreements agreements;

	EscrowNotices(Agreements agreements) {
		this.agreements = agreements;
	}

	@ApplicationModuleListener
	void on(EscrowFunded event) {
		agreements.funded(event.contractId(), event.milestoneId(), event.amount());
	}

	@ApplicationModuleListener
	void on(EscrowReleased event) {
		agreements.released(event.contractId(), event.milestoneId());
	}

	@ApplicationModuleListener
	void on(EscrowRefunded event) {
		agreements.refunded(event.contractId(), event.milestoneId());
	}
}
