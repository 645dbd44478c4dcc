package com.alujrat.contracts.internal;

import com.alujrat.notifications.Notifications;
import com.alujrat.notifications.Topic;
import com.alujrat.contracts.ContractStarted;
import com.alujrat.contracts.DisputeDecided;
import com.alujrat.contracts.DisputeOpened;
import com.alujrat.contracts.MilestoneSubmitted;
import com.alujrat.contracts.OfferSent;
import com.alujrat.payments.EscrowFunded;
import com.alujrat.payments.EscrowReleased;
import com.alujrat.shared.UserId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells each party what the other did and where the milestone's money is, in the app and by mail. */
@Component
class ContractNotices {

	private final Notifications mail;

	private final Agreements agreements;

	ContractNotices(Notifications mail, Agreements agreements) {
		this.mail = mail;
		this.agreements = agreements;
	}

	@ApplicationModuleListener
	void on(EscrowFunded event) {
		agreements.find(event.contractId())
			.ifPresent(c -> mail.notify(new UserId(c.freelancerId()), Topic.PAYMENTS, "milestoneFunded",
					"/contracts/" + event.contractId(), event.amount()));
	}

	@ApplicationModuleListener
	void on(EscrowReleased event) {
		agreements.find(event.contractId())
			.ifPresent(c -> mail.notify(new UserId(c.freelancerId()), Topic.PAYMENTS, "paymentReleased", "/wallet",
					event.amount()));
	}

	@ApplicationModuleListener
	void on(OfferSent event) {
		mail.notify(event.freelancer(), Topic.OFFERS, "offerSent", "/offers/" + event.offer().value());
	}

	@ApplicationModuleListener
	void on(ContractStarted event) {
		mail.notify(event.employer(), Topic.CONTRACTS, "contractStarted", "/contracts/" + event.contract().value());
	}

	@ApplicationModuleListener
	void on(MilestoneSubmitted event) {
		mail.notify(event.employer(), Topic.CONTRACTS, "milestoneSubmitted", "/contracts/" + event.contract().value());
	}

	@ApplicationModuleListener
	void on(DisputeOpened event) {
		mail.notify(event.otherParty(), Topic.CONTRACTS, "disputeOpened", "/contracts/" + event.contract().value());
	}

	@ApplicationModuleListener
	void on(DisputeDecided event) {
		String path = "/contracts/" + event.contract().value();
		mail.notify(event.employer(), Topic.CONTRACTS, "disputeDecided", path, event.reason());
		mail.notify(event.freelancer(), Topic.CONTRACTS, "disputeDecided", path, event.reason());
	}
}
