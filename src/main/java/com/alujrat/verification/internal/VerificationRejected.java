package com.alujrat.verification.internal;

import com.alujrat.platform.Rejected;

/** An input refused by a verification rule. */
public class VerificationRejected extends Rejected {

	public VerificationRejected(String field, String messageKey) {
		super(field, messageKey);
	}
}
