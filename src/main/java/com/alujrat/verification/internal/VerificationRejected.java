package com.alujrat.verification.internal;

import com.alujrat.platform.Rejected;

import org.springframework.http.HttpStatus;

/** An input refused by a verification rule; asking for codes too often is a 429. */
public class VerificationRejected extends Rejected {

	public VerificationRejected(String field, String messageKey) {
		super(field, messageKey, "verification.code.wait".equals(messageKey) ? HttpStatus.TOO_MANY_REQUESTS
				: HttpStatus.BAD_REQUEST, "verification.code.wait".equals(messageKey) ? "too-many-requests" : "validation");
	}
}
