package com.alujrat.platform.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.alujrat.platform.Rejected;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Field messages for a form that is shown again, translated, one per field (the first). */
public final class FormErrors {

	private static final FormErrors NONE = new FormErrors(Map.of(), null);

	private final Map<String, String> byField;

	private final String global;

	private FormErrors(Map<String, String> byField, String global) {
		this.byField = byField;
		this.global = global;
	}

	public static FormErrors none() {
		return NONE;
	}

	public static FormErrors of(BindingResult result, MessageSource messages, Locale locale) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			byField.putIfAbsent(error.getField(), messages.getMessage(error, locale));
		}
		String global = result.getGlobalErrors().isEmpty() ? null
				: messages.getMessage(result.getGlobalErrors().get(0), locale);
		return new FormErrors(byField, global);
	}

	/**
	 * A form whose value could not be bound (text with control characters, see {@link ControlCharacters}) is refused
	 * like a rule's refusal, next to the field, so forms that show refusals need nothing more.
	 */
	public static void requireBound(BindingResult result) {
		FieldError error = result.getFieldError();
		if (error != null) {
			throw new Rejected(error.getField(), "input.control");
		}
	}

	/** Adds a business rule's message to a field, even a nested one whose parent is missing. */
	public static void reject(BindingResult result, String field, String messageKey) {
		result.addError(new FieldError(result.getObjectName(), field, null, false, new String[] { messageKey }, null,
				messageKey));
	}

	/** The message of a rule's refusal, next to the field it names. */
	public static FormErrors of(Rejected rejected, MessageSource messages, Locale locale) {
		return new FormErrors(Map.of(rejected.field(), messages.getMessage(rejected.messageKey(), rejected.messageArguments(), locale)), null);
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public String get(String field) {
		return byField.get(field);
	}

	/** Bootstrap's class for an input: marked invalid when its field has a message. */
	public String css(String field) {
		return has(field) ? "form-control is-invalid" : "form-control";
	}

	public boolean any() {
		return !byField.isEmpty() || global != null;
	}

	/** Every message, for a page that shows them together above a form of many fields. */
	public java.util.List<String> all() {
		java.util.List<String> all = new java.util.ArrayList<>(byField.values());
		if (global != null) {
			all.add(global);
		}
		return all;
	}

	public String global() {
		return global;
	}
}
