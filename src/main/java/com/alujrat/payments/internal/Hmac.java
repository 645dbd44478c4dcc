package com.alujrat.payments.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 as the gateways sign: hex of the MAC of a text under a key. */
final class Hmac {

	private Hmac() {
	}

	static String hex(byte[] key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Compares in constant time, ignoring case (JazzCash sends upper case, the sandbox lower). */
	static boolean matches(String expected, String given) {
		if (given == null) {
			return false;
		}
		return MessageDigest.isEqual(expected.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
				given.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
	}
}
