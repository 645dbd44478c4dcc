package com.alujrat.accounts.internal;

import java.util.Locale;

final class EmailAddresses {

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
}
