package com.alujrat.accounts.internal;

/** A business rule refused the input; {@code field} names the input it is about, {@code messageKey} the text. */
public class AccountRejected extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final boolean conflict;

	AccountRejected(String field, String messageKey) {
		this(field, messageKey, false);
	}

	AccountRejected(String field, String messageKey, boolean conflict) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.conflict = conflict;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	/** The input clashes with existing data (a taken email) rather than being malformed. */
	public boolean conflict() {
		return conflict;
	}
}
