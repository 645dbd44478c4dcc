package com.alujrat.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.nio.ByteBuffer;
import java.util.HexFormat;


import org.springframework.stereotype.Component;

/**
 * Encrypts sensitive values bound to their owner (AEAD with the user id as associated data) and computes blind
 * indexes (keyed PRF) so equal numbers can be found without storing them.
 */
@Component
public class SensitiveValues {

	private final Keys keys;

	SensitiveValues(Keys keys) {
		this.keys = keys;
	}

	public byte[] seal(String value, String owner) {
		try {
			return keys.aead().encrypt(value.getBytes(StandardCharsets.UTF_8), owner.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt a sensitive value", ex);
		}
	}

	public String open(byte[] sealed, String owner) {
		try {
			return new String(keys.aead().decrypt(sealed, owner.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not decrypt a sensitive value", ex);
		}
	}

	/** The Tink key id a ciphertext was made with (its 5-byte prefix: version byte, then the id). */
	public static long keyId(byte[] sealed) {
		return ByteBuffer.wrap(sealed, 1, 4).getInt() & 0xFFFFFFFFL;
	}

	public String blindIndex(String value) {
		try {
			return HexFormat.of().formatHex(keys.prf().compute(value.getBytes(StandardCharsets.UTF_8), 32));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not compute a blind index", ex);
		}
	}
}
