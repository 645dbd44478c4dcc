package com.alujrat.verification.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumbersTests {

	@ParameterizedTest
	@ValueSource(strings = { "0300 1234567", "03001234567", "+92 300 1234567", "+923001234567", "0092 300 1234567",
			"300-1234567" })
	void pakistaniMobileNumbersAreStoredInE164WhicheverWayTheyAreWritten(String raw) {
		assertThat(PhoneNumbers.mobileE164(raw)).isEqualTo("+923001234567");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "0300 12345", "021 35123456", "abc", "+92 300 12345678", "" })
	void anythingButAValidMobileNumberIsRefused(String raw) {
		assertThatThrownBy(() -> PhoneNumbers.mobileE164(raw)).isInstanceOfSatisfying(VerificationRejected.class,
				e -> assertThat(e.field()).isEqualTo("phone"));
	}

	@org.junit.jupiter.api.Test
	void aNumberIsShownBackWithOnlyItsEndsVisible() {
		assertThat(PhoneNumbers.masked("+923001234567")).isEqualTo("+92*******567");
	}
}
