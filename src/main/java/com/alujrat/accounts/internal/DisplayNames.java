package com.alujrat.accounts.internal;

/** Before a hire, other people see a first name and last initial, never the full name. */
final class DisplayNames {

	private DisplayNames() {
	}

	static String firstNameLastInitial(String fullName) {
		String[] parts = fullName.trim().split("\\s+");
		if (parts.length == 1) {
			return parts[0];
		}
		String last = parts[parts.length - 1];
		return parts[0] + " " + last.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
				StringBuilder::append) + ".";
	}
}
