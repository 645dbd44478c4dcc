package com.alujrat.messaging.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContactGuardTests {

	@ParameterizedTest
	@ValueSource(strings = { "call me on 03001234567", "call me on 0300-1234567", "call me on 0300 123 4567",
			"call me on 0300.123.4567", "call me on +92 300 1234567", "call me on +923001234567",
			"call me on (0300) 123-4567", "call me on 0092 300 1234567", "call me on 042-35761234",
			"call me on +1 415 555 2671", "call me on +44 20 7946 0958",
			"call me on zero three zero zero one two three four five six seven",
			"call me on Zero Three Zero Zero 1234567", "call me on ۰۳۰۰۱۲۳۴۵۶۷", "call me on 0 3 0 0 1 2 3 4 5 6 7",
			"call me on 0300_1234567", "call me on 0300*123*4567" })
	void phoneNumbersInAnyWritingAreHidden(String text) {
		String masked = ContactGuard.mask(text);
		assertThat(masked).startsWith("call me on ").contains(ContactGuard.HIDDEN);
		assertThat(masked.replaceAll("\\D", "")).hasSizeLessThan(4);
		assertThat(masked.toLowerCase()).doesNotContain("seven").doesNotContain("three zero");
	}

	@ParameterizedTest
	@ValueSource(strings = { "write to ayesha.khan@gmail.com please", "write to ayesha.khan@gmail.com.pk please",
			"write to ayesha.khan at gmail dot com please", "write to ayesha (at) gmail (dot) com please",
			"write to ayesha[at]gmail[dot]com please", "write to AYESHA@YAHOO.COM please",
			"write to ayesha @ gmail . com please",
			"write to ayesha@mail.ru please", "write to ayesha@ayesha.dev please" })
	void emailAddressesAreHidden(String text) {
		String masked = ContactGuard.mask(text);
		assertThat(masked).startsWith("write to ").endsWith(" please").contains(ContactGuard.HIDDEN);
		assertThat(masked.toLowerCase()).doesNotContain("ayesha").doesNotContain("gmail").doesNotContain("yahoo");
	}

	@ParameterizedTest
	@ValueSource(strings = { "my whatsapp: ayesha_k92", "add me on skype: live:ayesha.k", "telegram @ayeshak",
			"find me @ayesha_designs", "wa.me/923001234567", "t.me/ayeshak", "Instagram id ayesha.designs" })
	void messengerHandlesAreHidden(String text) {
		assertThat(ContactGuard.mask(text)).contains(ContactGuard.HIDDEN).doesNotContainIgnoringCase("ayesha");
	}

	@ParameterizedTest
	@ValueSource(strings = { "The budget is Rs 50,000 for 3 pages.", "Deliver by 2026-12-15, two revisions.",
			"I have 5 years of experience with React and one with Vue.", "Milestone 1 of 3: 25000 rupees.",
			"Can we talk on WhatsApp later?", "Order #12345 is ready." })
	void ordinaryWorkTalkIsLeftAlone(String text) {
		assertThat(ContactGuard.mask(text)).isEqualTo(text);
	}
}
