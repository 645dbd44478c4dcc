package com.alujrat.verification;

import com.alujrat.shared.UserId;
import com.alujrat.verification.internal.Submissions;

import org.springframework.stereotype.Service;

/**
 * What other modules may ask: is this user identity-verified? Publishing a project, bidding, listing a service,
 * accepting an offer and withdrawing money all require it.
 */
@Service
public class Verifications {

	private final Submissions submissions;

	Verifications(Submissions submissions) {
		this.submissions = submissions;
	}

	public boolean isVerified(UserId user) {
		return submissions.isVerified(user);
	}

	public VerificationStatus status(UserId user) {
		return submissions.status(user).status();
	}
}
