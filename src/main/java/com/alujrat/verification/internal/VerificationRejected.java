package com.alujrat.verification.internal;

/** An input refused by a verification rule; {@code field} names the input, {@code messageKey} the text. */
public class VerificationRejected extends RuntimeException {

	private final String field;

	private final String messageKey;

	public VerificationRejected(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
