package com.alujrat.platform;

import java.util.Optional;

/**
 * Where uploaded files live: a local folder by default ({@code alujrat.files.dir}, {@code ./data/files}). Callers
 * that store sensitive files go through {@link SealedFiles}, which encrypts before anything reaches the store.
 */
public interface FileStore {

	void put(String key, byte[] content);

	Optional<byte[]> get(String key);

	void delete(String key);
}
