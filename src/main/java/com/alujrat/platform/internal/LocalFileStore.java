package com.alujrat.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import com.alujrat.platform.FileStore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/** Files in a local folder, written atomically (temporary file, then rename). Used unless S3 is configured. */
@Component
@ConditionalOnExpression("'${alujrat.files.s3.bucket:}' == ''")
class LocalFileStore implements FileStore {

	private final Path root;

	LocalFileStore(@Value("${alujrat.files.dir:./data/files}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, byte[] content) {
		Path target = resolve(key);
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
			Files.write(temporary, content);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Optional<byte[]> get(String key) {
		Path file = resolve(key);
		try {
			return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Keys are made by the platform (module/uuid), but a key can never leave the root folder. */
	private Path resolve(String key) {
		if (!key.matches("[a-z0-9][a-z0-9/_.-]*") || key.contains("..")) {
			throw new IllegalArgumentException("Not a file key: " + key);
		}
		return root.resolve(key);
	}
}
