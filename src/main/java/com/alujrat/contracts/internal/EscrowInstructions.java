package com.alujrat.contracts.internal;

import com.alujrat.contracts.DisputeDecided;
import com.alujrat.contracts.MilestoneApproved;
import com.alujrat.contracts.RefundRequested;
import com.alujrat.payments.Escrow;
import com.alujrat.platform.Rejected;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The money follows the contract: an approved milestone's escrow is released, a cancelled one's refunded, a
 * decided dispute's split. When the escrow was already emptied by the other move (a staff refund racing an
 * approval, say), the refusal is logged rather than retried: only one of them could win.
 */
@Component
class EscrowInstructions {

	private static final Logger log = LoggerFactory.getLogger(EscrowInstructions.class);

	private final Escrow escrow;

	EscrowInstructions(Escrow escrow) {
		this.escrow = escrow;
	}

	@ApplicationModuleListener
	void on(MilestoneApproved event) {
		settle(event.milestone().value().toString(),
				() -> escrow.release(event.contract().value(), event.milestone().value(), event.freelancer()));
	}

	@ApplicationModuleListener
	void on(RefundRequested event) {
		settle(event.milestone().value().toString(),
				() -> escrow.refund(event.contract().value(), event.milestone().value(), "CONTRACT_CANCELLED"));
	}

	@ApplicationModuleListener
	void on(DisputeDecided event) {
		settle(event.milestone().value().toString(),
				() -> escrow.split(event.contract().value(), event.milestone().value(), event.freelancer(),
						event.toFreelancer(), event.toEmployer(), "DISPUTE: " + event.reason()));
	}

	private static void settle(String milestone, Runnable move) {
		try {
			move.run();
		}
		catch (Rejected refused) {
			log.warn("Escrow of milestone {} not moved: {}", milestone, refused.messageKey());
		}
	}
}
