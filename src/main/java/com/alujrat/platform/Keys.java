package com.alujrat.platform;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.prf.Prf;

/**
 * The platform's secrets. In development they are generated at first start into {@code ./data/keys}; in the
 * {@code prod} profile they come from the environment and the platform refuses to start without them.
 */
public interface Keys {

	/** Authenticated encryption for sensitive fields; the associated data binds a ciphertext to its owner. */
	Aead aead();

	/** Keyed pseudo-random function for blind indexes: equal inputs give equal outputs, unreadable without the key. */
	Prf prf();

	/** Signs remember-me cookies. */
	String rememberMeKey();
}
