package com.alujrat.notifications;

import java.util.Optional;

import com.alujrat.shared.UserId;

/**
 * Who a user is, for a notification: implemented by {@code accounts}, which sits above this module. Empty for an
 * unknown or closed account, which is told nothing.
 */
public interface Recipients {

	Optional<Recipient> find(UserId id);

	/** A user's name, address and language as the account has them now, and whether the address is verified. */
	record Recipient(UserId id, String name, String email, String locale, boolean emailVerified) {
	}
}
