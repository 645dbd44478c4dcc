package com.alujrat.platform;

import org.springframework.http.HttpStatus;

/**
 * An input refused by a rule. {@code field} names the input it is about and {@code messageKey} the text shown
 * next to it (in the reader's language); the API answers with {@code status} and problem type {@code slug}.
 * Each module refines it (AccountRejected, VerificationRejected, ...) so a module can tell its own refusals apart.
 */
public class Rejected extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final HttpStatus status;

	private final String slug;

	private final Object[] messageArguments;

	public Rejected(String field, String messageKey) {
		this(field, messageKey, HttpStatus.BAD_REQUEST, "validation");
	}

	public Rejected(String field, String messageKey, HttpStatus status, String slug, Object... messageArguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.status = status;
		this.slug = slug;
		this.messageArguments = messageArguments;
	}

	/** The step does not fit the state its subject is in now (publish twice, accept an expired offer): 409. */
	public static Rejected conflict(String messageKey) {
		return new Rejected("status", messageKey, HttpStatus.CONFLICT, "state-conflict");
	}

	/** The user may not take this step at all (an unverified employer publishing, say): 403. */
	public static Rejected forbidden(String field, String messageKey) {
		return new Rejected(field, messageKey, HttpStatus.FORBIDDEN, "forbidden");
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	/** Values for the message's placeholders ({0}, {1}, ...). */
	public Object[] messageArguments() {
		return messageArguments.clone();
	}

	public HttpStatus status() {
		return status;
	}

	public String slug() {
		return slug;
	}
}
