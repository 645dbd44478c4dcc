package com.alujrat.platform;

import java.security.GeneralSecurityException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Files encrypted with the platform's AEAD key before they reach the {@link FileStore}; the key of each file is
 * its associated data, so a ciphertext moved to another key does not decrypt.
 */
@Component
public class SealedFiles {

	private final FileStore store;

	private final Keys keys;

	SealedFiles(FileStore store, Keys keys) {
		this.store = store;
		this.keys = keys;
	}

	public void put(String key, byte[] content) {
		try {
			store.put(key, keys.aead().encrypt(content, key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt a file", ex);
		}
	}

	public Optional<byte[]> get(String key) {
		return store.get(key).map(sealed -> {
			try {
				return keys.aead().decrypt(sealed, key.getBytes(StandardCharsets.UTF_8));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("Could not decrypt file " + key, ex);
			}
		});
	}
}
