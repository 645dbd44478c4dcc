package com.alujrat.platform;

/** A photo refused by {@link PhotoCheck}: {@code field} names the upload, {@code messageKey} the reason's text. */
public class PhotoRejected extends RuntimeException {

	private final String field;

	private final String messageKey;

	public PhotoRejected(String field, String messageKey) {
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
