package com.alujrat.verification;

import com.alujrat.accounts.IdentityBadges;
import com.alujrat.shared.UserId;
import com.alujrat.verification.internal.PhoneConfirmation;
import com.alujrat.verification.internal.Submissions;

import org.springframework.stereotype.Service;

/**
 * What other modules may ask: is this user identity-verified? Publishing a project, bidding, listing a service,
 * accepting an offer and withdrawing money all require it.
 */
@Service
public class Verifications implements IdentityBadges {

	private final Submissions submissions;

	private final PhoneConfirmation phones;

	Verifications(Submissions submissions, PhoneConfirmation phones) {
		this.submissions = submissions;
		this.phones = phones;
	}

	@Override
	public boolean isVerified(UserId user) {
		return submissions.isVerified(user);
	}

	/** The user's confirmed mobile number (E.164), for the contact details shared after a hire. */
	public java.util.Optional<String> confirmedPhone(UserId user) {
		return phones.confirmedPhone(user);
	}

	public VerificationStatus status(UserId user) {
		return submissions.status(user).status();
	}
}
