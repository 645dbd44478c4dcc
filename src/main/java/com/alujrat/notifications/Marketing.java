package com.alujrat.notifications;

import com.alujrat.notifications.internal.MarketingConsents;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/** Whether a user wants promotional mail: off until they opt in, at sign-up or in their settings. */
@Service
public class Marketing {

	private final MarketingConsents consents;

	Marketing(MarketingConsents consents) {
		this.consents = consents;
	}

	/** {@code source} says where the choice was made (signup, settings, unsubscribe link). */
	public void choose(UserId user, boolean optedIn, String source) {
		consents.choose(user, optedIn, source);
	}

	public boolean optedIn(UserId user) {
		return consents.optedIn(user);
	}
}
