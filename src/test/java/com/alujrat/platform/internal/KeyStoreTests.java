package com.alujrat.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyStoreTests {

	@TempDir
	Path dir;

	@Test
	void developmentGeneratesKeysOnceAndKeepsThem() throws Exception {
		KeyStore first = new KeyStore(new KeyProperties(dir.toString(), null, null, null), new MockEnvironment());
		KeyStore second = new KeyStore(new KeyProperties(dir.toString(), null, null, null), new MockEnvironment());

		assertThat(Files.exists(dir.resolve("aead-keyset.json"))).isTrue();
		for (String file : java.util.List.of("aead-keyset.json", "prf-keyset.json", "remember-me.key")) {
			assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(file))))
				.as(file).isEqualTo("rw-------");
		}
		assertThat(second.rememberMeKey()).isEqualTo(first.rememberMeKey());
		byte[] sealed = first.aead().encrypt("4210112345671".getBytes(), "owner".getBytes());
		assertThat(new String(second.aead().decrypt(sealed, "owner".getBytes()))).isEqualTo("4210112345671");
		assertThat(second.prf().compute("4210112345671".getBytes(), 32))
			.isEqualTo(first.prf().compute("4210112345671".getBytes(), 32));
	}

	@Test
	void productionRefusesToStartWithoutKeysFromTheEnvironment() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("prod");

		assertThatThrownBy(() -> new KeyStore(new KeyProperties(dir.toString(), null, null, null), production))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("ALUJRAT_KEYS_AEADKEYSET");
		assertThat(dir.resolve("aead-keyset.json")).doesNotExist();
	}
}
