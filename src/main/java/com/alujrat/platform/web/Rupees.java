package com.alujrat.platform.web;

import com.alujrat.platform.Rejected;

/** Amounts as forms take them: whole rupees, commas allowed. */
public final class Rupees {

	private Rupees() {
	}

	/** The typed rupees in paisa; null when nothing was typed; refused on {@code field} when it is not a number. */
	public static Long toPaisa(String rupees, String field, String messageKey) {
		if (rupees == null || rupees.isBlank()) {
			return null;
		}
		try {
			return Math.multiplyExact(Long.parseLong(rupees.strip().replace(",", "")), 100L);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw new Rejected(field, messageKey);
		}
	}
}
