package com.alujrat.accounts.internal;

import java.time.Instant;
import java.util.UUID;

/** Events inside the accounts module that lead to mail; sent from listeners so the registry retries them. */
final class AccountMailEvents {

	private AccountMailEvents() {
	}

	record VerificationLinkRequested(UUID userId) {
	}

	record PasswordResetRequested(UUID userId) {
	}

	record PasswordChanged(UUID userId) {
	}

	record NewDeviceSignedIn(UUID userId, String device, String ip, Instant at) {
	}

	record StaffAccountCreated(UUID userId) {
	}

	/** Tells the old address that the account moved, in case it was not its owner who moved it. */
	record EmailChanged(UUID userId, String oldEmail) {
	}
}
