package com.alujrat.accounts.internal;

import java.io.Serializable;

/**
 * Who a provider (Google, Facebook) says signed in: kept in the session while the person finishes sign-up or
 * proves their password, so it must be serializable.
 */
public record SocialIdentity(String provider, String subject, String email, boolean emailVerified, String name)
		implements Serializable {

	/** Session attribute holding the identity that still needs sign-up or a password. */
	public static final String PENDING = "aj.socialIdentity";
}
