package com.alujrat.verification.internal;

import com.alujrat.verification.DocumentType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "35202-1234567-1", "3520212345671", " 42101-7654321-9 ", "71234-0000000-5" })
	void aCnicIsThirteenDigitsWithOrWithoutItsDashes(String number) {
		DocumentNumber parsed = DocumentNumber.parse(DocumentType.CNIC, number, null);

		assertThat(parsed.value()).hasSize(13).containsOnlyDigits();
		assertThat(parsed.country()).isEqualTo("PK");
	}

	@ParameterizedTest
	@CsvSource({ "352021234567, verification.cnic.format",
			"35202-123456-71, verification.cnic.format", "3520-21234567-1, verification.cnic.format",
			"35202_1234567_1, verification.cnic.format", "ABCDE-1234567-1, verification.cnic.format",
			"35202-1234567-12, verification.cnic.format", "05202-1234567-1, verification.cnic.firstDigit",
			"85202-1234567-1, verification.cnic.firstDigit", "95202-1234567-1, verification.cnic.firstDigit",
			"35202-1234567-0, verification.cnic.lastDigit" })
	void aMalformedCnicIsRefusedWithItsReason(String number, String key) {
		assertThatThrownBy(() -> DocumentNumber.parse(DocumentType.CNIC, number, null))
			.isInstanceOfSatisfying(VerificationRejected.class, e -> {
				assertThat(e.field()).isEqualTo("documentNumber");
				assertThat(e.messageKey()).isEqualTo(key);
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "AB1234567", "A1234567", "ab 1234567" })
	void aPakistaniPassportIsOneOrTwoLettersAndSevenDigits(String number) {
		assertThat(DocumentNumber.parse(DocumentType.PASSPORT, number, "PK").value()).matches("[A-Z]{1,2}\\d{7}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ABC123456", "AB123456", "AB12345678", "1234567", "AB-1234567" })
	void aMalformedPakistaniPassportIsRefused(String number) {
		assertThatThrownBy(() -> DocumentNumber.parse(DocumentType.PASSPORT, number, "PK"))
			.isInstanceOfSatisfying(VerificationRejected.class,
					e -> assertThat(e.messageKey()).isEqualTo("verification.passport.pakistani"));
	}

	@Test
	void aForeignPassportNeedsAKnownCountryAndSixToNineLettersOrDigits() {
		assertThat(DocumentNumber.parse(DocumentType.PASSPORT, "123456789", "gb").country()).isEqualTo("GB");
		assertThat(DocumentNumber.parse(DocumentType.PASSPORT, "X12345", "AE").value()).isEqualTo("X12345");
		assertThatThrownBy(() -> DocumentNumber.parse(DocumentType.PASSPORT, "12345", "GB"))
			.isInstanceOfSatisfying(VerificationRejected.class,
					e -> assertThat(e.messageKey()).isEqualTo("verification.passport.foreign"));
		assertThatThrownBy(() -> DocumentNumber.parse(DocumentType.PASSPORT, "1234567890", "GB"))
			.isInstanceOf(VerificationRejected.class);
		assertThatThrownBy(() -> DocumentNumber.parse(DocumentType.PASSPORT, "123456789", "XX"))
			.isInstanceOfSatisfying(VerificationRejected.class, e -> assertThat(e.field()).isEqualTo("documentCountry"));
	}

	@Test
	void aMissingTypeOrNumberIsAFieldError() {
		assertThatThrownBy(() -> DocumentNumber.parse(null, "3520212345671", null))
			.isInstanceOfSatisfying(VerificationRejected.class, e -> assertThat(e.field()).isEqualTo("documentType"));
		assertThatThrownBy(() -> DocumentNumber.parse(DocumentType.CNIC, "  ", null))
			.isInstanceOfSatisfying(VerificationRejected.class, e -> assertThat(e.field()).isEqualTo("documentNumber"));
	}

	@Test
	void onlyTheLastCharacterShowsWhenMasked() {
		assertThat(DocumentNumber.parse(DocumentType.CNIC, "35202-1234567-3", null).masked()).isEqualTo("*****-*******-3");
		assertThat(DocumentNumber.parse(DocumentType.PASSPORT, "AB1234567", "PK").masked()).isEqualTo("********7");
		assertThat(DocumentNumber.parse(DocumentType.CNIC, "3520212345673", null).display()).isEqualTo("35202-1234567-3");
	}
}
