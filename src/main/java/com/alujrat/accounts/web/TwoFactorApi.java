package com.alujrat.accounts.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import com.alujrat.accounts.internal.AccountDirectory;
import com.alujrat.accounts.internal.AccountSecurity;
import com.alujrat.accounts.internal.TwoFactor;
import com.alujrat.accounts.internal.User;
import com.alujrat.shared.SignedInUser;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two-factor set-up for the mobile apps, as the Security page does it: the password starts it, a code from the app
 * turns it on (ending the account's other sessions and token families), password and code turn it off.
 */
@RestController
@RequestMapping("/api/v1/me/two-factor")
class TwoFactorApi {

	private final AccountDirectory directory;

	private final AccountSecurity security;

	private final TwoFactor twoFactor;

	TwoFactorApi(AccountDirectory directory, AccountSecurity security, TwoFactor twoFactor) {
		this.directory = directory;
		this.security = security;
		this.twoFactor = twoFactor;
	}

	record PasswordBody(@NotBlank(message = "{account.password.required}") String password) {
	}

	record CodeBody(@NotBlank(message = "{account.twoFactor.badCode}") String code) {
	}

	record DisableBody(@NotBlank(message = "{account.password.required}") String password,
			@NotBlank(message = "{account.twoFactor.badCode}") String code) {
	}

	record Started(String secret, String otpauthUri) {
	}

	record Enabled(List<String> recoveryCodes) {
	}

	@PostMapping
	@Operation(summary = "Start two-factor set-up: a new secret for an authenticator app")
	Started start(@Valid @RequestBody PasswordBody body) {
		User user = user();
		security.requirePassword(user, body.password(), "password");
		TwoFactor.Setup setup = twoFactor.begin(user);
		return new Started(setup.secret(), setup.otpauthUri());
	}

	@PostMapping("/confirm")
	@Operation(summary = "Turn two-factor on with a code from the app; answers the ten recovery codes")
	Enabled confirm(@Valid @RequestBody CodeBody body, HttpServletRequest request) {
		User user = user();
		return new Enabled(twoFactor.confirm(user, body.code(), null, bearer(request)));
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Turn two-factor off with the password and a current code")
	void disable(@Valid @RequestBody DisableBody body) {
		User user = user();
		security.requirePassword(user, body.password(), "password");
		twoFactor.disable(user, body.code());
	}

	private User user() {
		return directory.user(SignedInUser.current().orElseThrow().id()).orElseThrow();
	}

	private static String bearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
	}
}
