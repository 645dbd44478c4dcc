package com.alujrat.shared;

/** The name rule of the privacy policy: before a hire, people are shown as first name and last initial. */
public final class PersonName {

	private PersonName() {
	}

	/** "Ayesha Khan" becomes "Ayesha K."; a single name stays as it is. */
	public static String shortForm(String fullName) {
		String[] parts = fullName.trim().split("\\s+");
		if (parts.length == 1) {
			return parts[0];
		}
		String last = parts[parts.length - 1];
		return parts[0] + " " + new String(Character.toChars(last.codePointAt(0))) + ".";
	}
}
