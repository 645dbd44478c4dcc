package com.alujrat.verification.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Mobile numbers, Pakistan by default: {@code 0300 1234567} and {@code +92 300 1234567} are the same number. */
final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/** The number in E.164 ({@code +923001234567}); refuses anything that is not a valid mobile number. */
	static String mobileE164(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new VerificationRejected("phone", "verification.phone.required");
		}
		try {
			PhoneNumber number = UTIL.parse(raw.trim(), "PK");
			PhoneNumberType type = UTIL.getNumberType(number);
			if (!UTIL.isValidNumber(number)
					|| (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE)) {
				throw new VerificationRejected("phone", "verification.phone.invalid");
			}
			return UTIL.format(number, PhoneNumberFormat.E164);
		}
		catch (NumberParseException ex) {
			throw new VerificationRejected("phone", "verification.phone.invalid");
		}
	}

	/** Shown back to the owner: the last three digits only. */
	static String masked(String e164) {
		return e164.substring(0, 3) + "*".repeat(e164.length() - 6) + e164.substring(e164.length() - 3);
	}
}
