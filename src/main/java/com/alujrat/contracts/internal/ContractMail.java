package com.alujrat.contracts.internal;

import com.alujrat.accounts.UserMail;
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

	private final UserMail mail;

	ContractMail(UserMail mail) {
		this.mail = mail;
	}

	@ApplicationModuleListener
	void on(OfferSent event) {
		mail.send(event.freelancer(), "offerSent", "/offers/" + event.offer().value());
	}

	@ApplicationModuleListener
	void on(ContractStarted event) {
		mail.send(event.employer(), "contractStarted", "/contracts/" + event.contract().value());
	}

	@ApplicationModuleListener
	void on(MilestoneSubmitted event) {
		mail.send(event.employer(), "milestoneSubmitted", "/contracts/" + event.contract().value());
	}

	@ApplicationModuleListener
	void on(DisputeOpened event) {
		mail.send(event.otherParty(), "disputeOpened", "/contracts/" + event.contract().value());
	}

	@ApplicationModuleListener
	void on(DisputeDecided event) {
		String path = "/contracts/" + event.contract().value();
		mail.send(event.employer(), "disputeDecided", path, event.reason());
		mail.send(event.freelancer(), "disputeDecided", path, event.reason());
	}
}
