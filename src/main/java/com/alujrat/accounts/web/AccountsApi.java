package com.alujrat.accounts.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.Accounts;
import com.alujrat.accounts.internal.AccountRejected;
import com.alujrat.accounts.internal.Registration;
import com.alujrat.platform.web.ApiProblem;
import com.alujrat.platform.web.Languages;
import com.alujrat.shared.SignedInUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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

	private final MessageSource messages;

	AccountsApi(Registration registration, Accounts accounts, MessageSource messages) {
		this.registration = registration;
		this.accounts = accounts;
		this.messages = messages;
	}

	record Created(UUID id, String email, String role, String status) {
	}

	record Me(UUID id, String fullName, String email, String role, boolean emailVerified, String status,
			String locale) {
	}

	@PostMapping("/accounts")
	ResponseEntity<Created> register(@Valid @RequestBody SignupForm form) {
		try {
			Account account = registration
				.register(form.applicant(Languages.supported(LocaleContextHolder.getLocale()).getLanguage()));
			return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.id()))
				.body(new Created(account.id().value(), account.email(), account.type().name(),
						account.status().name()));
		}
		catch (AccountRejected rejected) {
			throw problem(rejected, messages);
		}
	}

	@GetMapping("/me")
	Me me() {
		Account account = accounts.find(SignedInUser.current().orElseThrow().id()).orElseThrow();
		return new Me(account.id().value(), account.fullName(), account.email(), account.type().name(),
				account.emailVerified(), account.status().name(), account.locale());
	}

	/** A business rule's refusal as problem details: 409 for a clash (taken email), otherwise 400 with the field. */
	static ApiProblem problem(AccountRejected rejected, MessageSource messages) {
		String message = messages.getMessage(rejected.messageKey(), null, LocaleContextHolder.getLocale());
		List<ApiProblem.FieldMessage> errors = List.of(new ApiProblem.FieldMessage(rejected.field(), message));
		if (rejected.conflict()) {
			return new ApiProblem(HttpStatus.CONFLICT, "email-taken", message, errors);
		}
		return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields.", errors);
	}
}
