package com.alujrat.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** 8 to 128 characters and not on the list of common and breached passwords shipped with the app. */
@Component
class PasswordPolicy {

	static final int MIN = 8;

	static final int MAX = 128;

	private final Set<String> common;

	PasswordPolicy() {
		ClassPathResource list = new ClassPathResource("accounts/common-passwords.txt");
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
			common = reader.lines()
				.map(String::trim)
				.filter(line -> !line.isEmpty())
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void check(String field, String password) {
		if (password == null || password.length() < MIN || password.length() > MAX) {
			throw new AccountRejected(field, "account.password.length");
		}
		if (common.contains(password.toLowerCase(Locale.ROOT))) {
			throw new AccountRejected(field, "account.password.common");
		}
	}
}
