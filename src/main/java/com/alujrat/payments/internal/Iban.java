package com.alujrat.payments.internal;

import java.util.Locale;

/** Pakistani payout numbers: an IBAN ({@code PK}, 2 check digits, 4-letter bank code, 16 digits) or a mobile wallet. */
final class Iban {

	private Iban() {
	}

	/** The IBAN without spaces, upper case, when its shape and ISO 7064 mod-97 checksum are right; else null. */
	static String normalise(String text) {
		if (text == null) {
			return null;
		}
		String iban = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (!iban.matches("PK\\d{2}[A-Z]{4}\\d{16}")) {
			return null;
		}
		String rearranged = iban.substring(4) + iban.substring(0, 4);
		int remainder = 0;
		for (char c : rearranged.toCharArray()) {
			int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
			remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
		}
		return remainder == 1 ? iban : null;
	}

	/** A Pakistani mobile number as {@code 03XXXXXXXXX} (also accepts +92 and 92 forms); else null. */
	static String mobileWallet(String text) {
		if (text == null) {
			return null;
		}
		String digits = text.replaceAll("[\\s-]", "");
		if (digits.matches("(\\+92|92)3\\d{9}")) {
			digits = "0" + digits.substring(digits.indexOf('3'));
		}
		return digits.matches("03\\d{9}") ? digits : null;
	}
}
