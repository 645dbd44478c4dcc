package com.alujrat.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;

import com.alujrat.platform.Keys;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

@Component
class KeyStore implements Keys {

	private final Aead aead;

	private final Prf prf;

	private final String rememberMeKey;

	KeyStore(KeyProperties properties, Environment environment) throws GeneralSecurityException {
		AeadConfig.register();
		PrfConfig.register();
		boolean production = environment.acceptsProfiles(Profiles.of("prod"));
		String keyset = properties.aeadKeyset();
		String prfKeyset = properties.prfKeyset();
		String rememberMe = properties.rememberMe();
		if (production && (isBlank(keyset) || isBlank(prfKeyset) || isBlank(rememberMe))) {
			throw new IllegalStateException("The prod profile needs keys from the environment: set "
					+ "ALUJRAT_KEYS_AEADKEYSET and ALUJRAT_KEYS_PRFKEYSET (Tink JSON keysets) and ALUJRAT_KEYS_REMEMBERME");
		}
		Path dir = Path.of(properties.dir());
		if (isBlank(keyset)) {
			keyset = readOrCreate(dir.resolve("aead-keyset.json"), KeyStore::newAeadKeyset);
		}
		if (isBlank(prfKeyset)) {
			prfKeyset = readOrCreate(dir.resolve("prf-keyset.json"), KeyStore::newPrfKeyset);
		}
		if (isBlank(rememberMe)) {
			rememberMe = readOrCreate(dir.resolve("remember-me.key"), KeyStore::newRandomKey);
		}
		this.aead = TinkJsonProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get())
			.getPrimitive(RegistryConfiguration.get(), Aead.class);
		PrfSet prfs = TinkJsonProtoKeysetFormat.parseKeyset(prfKeyset, InsecureSecretKeyAccess.get())
			.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
		this.prf = prfs.getPrfs().get(prfs.getPrimaryId());
		this.rememberMeKey = rememberMe.trim();
	}

	@Override
	public Aead aead() {
		return aead;
	}

	@Override
	public Prf prf() {
		return prf;
	}

	@Override
	public String rememberMeKey() {
		return rememberMeKey;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * Reads a key file, creating it first if it does not exist. The key is written to an owner-only temporary file
	 * and then linked into place, which fails if another process made the file meanwhile: no file is ever readable by
	 * others, half written, or replaced under a node that already uses it.
	 */
	private static String readOrCreate(Path file, KeyMaker maker) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				Path draft = createOwnerOnly(file.getParent());
				try {
					Files.writeString(draft, maker.make());
					Files.createLink(file, draft);
				}
				catch (FileAlreadyExistsException ex) {
					// Another node or process created it first: use theirs.
				}
				finally {
					Files.deleteIfExists(draft);
				}
			}
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path createOwnerOnly(Path dir) throws IOException {
		try {
			return Files.createTempFile(dir, ".key-", ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the folder's own permissions apply.
			return Files.createTempFile(dir, ".key-", ".tmp");
		}
	}

	private static String newAeadKeyset() throws GeneralSecurityException {
		KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
		return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
	}

	private static String newPrfKeyset() throws GeneralSecurityException {
		KeysetHandle handle = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
		return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
	}

	private static String newRandomKey() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	@FunctionalInterface
	private interface KeyMaker {

		String make() throws GeneralSecurityException;
	}
}
