package com.alujrat.contracts.internal;

import com.alujrat.notifications.Notifications;
import com.alujrat.notifications.Topic;
import com.alujrat.contracts.ContractStarted;
import com.alujrat.contracts.DisputeDecided;
import com.alujrat.contracts.DisputeOpened;
import com.alujrat.contracts.MilestoneSubmitted;
import com.alujrat.contracts.OfferSent;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells each party what the other did (email now; in-app notifications arrive with E). */
@Component
class ContractMail {

	private final Notifications mail;

	ContractMail(Notifications mail) {
		this.mail = mail;
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
