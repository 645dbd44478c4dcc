package com.alujrat.accounts.internal;

import java.util.Locale;

public final class EmailAddresses {

	/** Something, an at sign, a domain with a dot; the mail itself proves the rest. */
	public static final String PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	private EmailAddresses() {
	}

	/** Trims and lower-cases the domain; the local part is kept as typed (it may be case-sensitive). */
	static String normalise(String email) {
		if (email == null) {
			return null;
		}
		String trimmed = email.trim();
		int at = trimmed.lastIndexOf('@');
		if (at < 0) {
			return trimmed;
		}
		return trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT);
	}

	/**
	 * The address as limits count it: accounts are found whatever the case, so "Ayesha@" and "aYESHA@" must share
	 * one count.
	 */
	/** A rate-limit counter's key for an address: a hash, so that no counter holds the address itself. */
	static String limitKey(String email) {
		return email == null ? "" : com.alujrat.platform.Secrets.hash("limit:" + normalise(email).toLowerCase(Locale.ROOT));
	}
}
