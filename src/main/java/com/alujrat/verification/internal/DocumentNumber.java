package com.alujrat.verification.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.alujrat.verification.DocumentType;

/**
 * A CNIC or passport number in its normalised form. CNIC: 13 digits, written with or without the dashes of
 * {@code #####-#######-#}, first digit 1 to 7, last digit 1 to 9 (NADRA publishes no checksum, so none is
 * checked). Pakistani passport: one or two letters and seven digits. Other passports: 6 to 9 letters and digits,
 * with the issuing country.
 */
record DocumentNumber(DocumentType type, String country, String value) {

	private static final Pattern CNIC_DASHED = Pattern.compile("\\d{5}-\\d{7}-\\d");

	private static final Pattern CNIC_PLAIN = Pattern.compile("\\d{13}");

	private static final Pattern PAKISTANI_PASSPORT = Pattern.compile("[A-Z]{1,2}\\d{7}");

	private static final Pattern FOREIGN_PASSPORT = Pattern.compile("[A-Z0-9]{6,9}");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	static DocumentNumber parse(DocumentType type, String rawNumber, String rawCountry) {
		if (type == null) {
			throw new VerificationRejected("documentType", "verification.documentType.required");
		}
		String number = rawNumber == null ? "" : rawNumber.trim().toUpperCase(Locale.ROOT);
		if (number.isEmpty()) {
			throw new VerificationRejected("documentNumber", "verification.documentNumber.required");
		}
		return type == DocumentType.CNIC ? cnic(number) : passport(number, rawCountry);
	}

	private static DocumentNumber cnic(String number) {
		if (!CNIC_DASHED.matcher(number).matches() && !CNIC_PLAIN.matcher(number).matches()) {
			throw new VerificationRejected("documentNumber", "verification.cnic.format");
		}
		String digits = number.replace("-", "");
		if (digits.charAt(0) < '1' || digits.charAt(0) > '7') {
			throw new VerificationRejected("documentNumber", "verification.cnic.firstDigit");
		}
		if (digits.charAt(12) == '0') {
			throw new VerificationRejected("documentNumber", "verification.cnic.lastDigit");
		}
		return new DocumentNumber(DocumentType.CNIC, "PK", digits);
	}

	private static DocumentNumber passport(String number, String rawCountry) {
		String country = rawCountry == null || rawCountry.isBlank() ? "PK" : rawCountry.trim().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(country)) {
			throw new VerificationRejected("documentCountry", "verification.country.invalid");
		}
		String compact = number.replace(" ", "");
		if ("PK".equals(country) ? !PAKISTANI_PASSPORT.matcher(compact).matches()
				: !FOREIGN_PASSPORT.matcher(compact).matches()) {
			throw new VerificationRejected("documentNumber",
					"PK".equals(country) ? "verification.passport.pakistani" : "verification.passport.foreign");
		}
		return new DocumentNumber(DocumentType.PASSPORT, country, compact);
	}

	/** What the blind index is computed over: the type and country keep a CNIC and a passport apart. */
	String indexInput() {
		return type + ":" + country + ":" + value;
	}

	/** Shown to the owner and the API: everything but the last character hidden, in the document's own layout. */
	String masked() {
		return mask(type, value.substring(value.length() - 1), value.length());
	}

	static String mask(DocumentType type, String last, int length) {
		if (type == DocumentType.CNIC) {
			return "*****-*******-" + last;
		}
		return "*".repeat(length - 1) + last;
	}

	/** A CNIC as people write it, for the verifier. */
	String display() {
		if (type == DocumentType.CNIC) {
			return value.substring(0, 5) + "-" + value.substring(5, 12) + "-" + value.substring(12);
		}
		return value;
	}
}
