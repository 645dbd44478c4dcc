package com.alujrat.notifications;

/**
 * What a notification is about, the unit a user chooses delivery for. Security alerts, technical notices and
 * administrative messages are the privacy policy's non-promotional communications: they cannot be turned off.
 */
public enum Topic {

	MESSAGES, BIDS, OFFERS, CONTRACTS, PAYMENTS, VERIFICATION, REVIEWS, SAVED_SEARCHES, SUPPORT,
	SECURITY(true), ACCOUNT(true), POLICY(true);

	private final boolean locked;

	Topic() {
		this(false);
	}

	Topic(boolean locked) {
		this.locked = locked;
	}

	/** Always shown and mailed, whatever the user's preferences say. */
	public boolean locked() {
		return locked;
	}
}
