package com.alujrat.platform.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code alujrat.keys.*}: a folder for generated development keys, or the keys themselves (environment variables
 * {@code ALUJRAT_KEYS_AEADKEYSET} and {@code ALUJRAT_KEYS_PRFKEYSET}, Tink JSON keysets, and
 * {@code ALUJRAT_KEYS_REMEMBERME}).
 */
@ConfigurationProperties("alujrat.keys")
record KeyProperties(String dir, String aeadKeyset, String prfKeyset, String rememberMe) {

	KeyProperties {
		dir = dir == null ? "./data/keys" : dir;
	}
}
