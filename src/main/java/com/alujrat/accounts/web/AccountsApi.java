package com.alujrat.accounts.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.Accounts;
import com.alujrat.accounts.internal.Registration;
import com.alujrat.platform.web.Languages;
import com.alujrat.shared.SignedInUser;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up and "who am I" for the mobile apps. */
@RestController
@RequestMapping("/api/v1")
class AccountsApi {

	private final Registration registration;

	private final Accounts accounts;

	AccountsApi(Registration registration, Accounts accounts) {
		this.registration = registration;
		this.accounts = accounts;
	}

	record Created(UUID id, String email, String role, String status) {
	}

	record Me(UUID id, String fullName, String email, String role, boolean emailVerified, String status,
			String locale) {
	}

	@PostMapping("/accounts")
	ResponseEntity<Created> register(@Valid @RequestBody SignupForm form) {
		Account account = registration
			.register(form.applicant(Languages.supported(LocaleContextHolder.getLocale()).getLanguage()));
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.id()))
			.body(new Created(account.id().value(), account.email(), account.type().name(), account.status().name()));
	}

	@GetMapping("/me")
	Me me() {
		Account account = accounts.find(SignedInUser.current().orElseThrow().id()).orElseThrow();
		return new Me(account.id().value(), account.fullName(), account.email(), account.type().name(),
				account.emailVerified(), account.status().name(), account.locale());
	}
}
