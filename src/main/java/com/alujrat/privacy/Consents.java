package com.alujrat.privacy;

import com.alujrat.privacy.internal.CookieConsents;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/** What other modules may ask of privacy about a person's choices. */
@Service
public class Consents {

	private final CookieConsents consents;

	Consents(CookieConsents consents) {
		this.consents = consents;
	}

	/** Whether the user's latest choice (banner or app) allows analytics; nothing chosen means no. */
	public boolean analytics(UserId user) {
		return consents.latest(user).analytics();
	}
}
