package com.alujrat.profiles.internal;

/** A profile input refused by a rule; {@code field} names the input, {@code messageKey} the text. */
public class ProfileRejected extends RuntimeException {

	private final String field;

	private final String messageKey;

	public ProfileRejected(String field, String messageKey) {
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
