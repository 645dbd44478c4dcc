package com.alujrat.verification.internal;

import java.util.Optional;

import com.alujrat.notifications.Phones;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Component;

/** The confirmed phone number notifications texts a critical security alert to. */
@Component
class VerifiedPhones implements Phones {

	private final PhoneConfirmation phones;

	VerifiedPhones(PhoneConfirmation phones) {
		this.phones = phones;
	}

	@Override
	public Optional<String> verified(UserId id) {
		return phones.confirmedPhone(id);
	}
}
