package com.alujrat.platform;

import com.google.crypto.tink.Aead;

/**
 * The platform's secrets. In development they are generated at first start into {@code ./data/keys}; in the
 * {@code prod} profile they come from the environment and the platform refuses to start without them.
 */
public interface Keys {

	/** Authenticated encryption for sensitive fields; the associated data binds a ciphertext to its owner. */
	Aead aead();

	/** Signs remember-me cookies. */
	String rememberMeKey();
}
