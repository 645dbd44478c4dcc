package com.alujrat.accounts.web;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import jakarta.validation.Valid;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.Accounts;
import com.alujrat.accounts.internal.AccountSecurity;
import com.alujrat.accounts.internal.Registration;
import com.alujrat.platform.RateLimited;

import jakarta.servlet.http.HttpServletRequest;
import com.alujrat.platform.web.Languages;
import com.alujrat.shared.SignedInUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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

	private final AccountSecurity security;

	AccountsApi(Registration registration, Accounts accounts, AccountSecurity security) {
		this.registration = registration;
		this.accounts = accounts;
		this.security = security;
	}

	record Created(UUID id, String email, String role, String status) {
	}

	record Me(UUID id, String fullName, String email, String role, boolean emailVerified, String status,
			String locale) {
	}

	@PostMapping("/accounts")
	@Operation(summary = "Sign up as a freelancer or employer")
	@ApiResponse(responseCode = "429", description = "Too many requests: Retry-After says when to try again")
	ResponseEntity<Created> register(@Valid @RequestBody SignupForm form, HttpServletRequest request) {
		Account account = registration.register(
				form.applicant(Languages.supported(LocaleContextHolder.getLocale()).getLanguage()),
				request.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.id()))
			.body(new Created(account.id().value(), account.email(), account.type().name(), account.status().name()));
	}

	/** Sends the verification link again (at most three times in fifteen minutes). */
	@PostMapping("/me/email-verification")
	@Operation(summary = "Send the email verification link again")
	@ApiResponse(responseCode = "429", description = "Too many requests: Retry-After says when to try again")
	ResponseEntity<Void> resendVerification() {
		if (!security.resendVerification(SignedInUser.current().orElseThrow().id().value())) {
			throw new RateLimited(Duration.ofMinutes(15));
		}
		return ResponseEntity.accepted().build();
	}

	@GetMapping("/me")
	@Operation(summary = "Who the caller is")
	Me me() {
		Account account = accounts.find(SignedInUser.current().orElseThrow().id()).orElseThrow();
		return new Me(account.id().value(), account.fullName(), account.email(), account.type().name(),
				account.emailVerified(), account.status().name(), account.locale());
	}
}
