package com.alujrat.accounts.web;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import com.alujrat.accounts.internal.AccountRejected;
import com.alujrat.accounts.internal.AccountSecurity;
import com.alujrat.accounts.internal.ApiTokens;
import com.alujrat.accounts.internal.Devices;
import com.alujrat.accounts.internal.SignIn;
import com.alujrat.accounts.internal.SignInRefused;
import com.alujrat.accounts.internal.User;
import com.alujrat.accounts.internal.security.DeviceDescriptions;
import com.alujrat.platform.web.ApiProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tokens, email verification and password reset for the mobile apps. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthApi {

	private final SignIn signIn;

	private final ApiTokens tokens;

	private final AccountSecurity security;

	private final Devices devices;

	private final MessageSource messages;

	AuthApi(SignIn signIn, ApiTokens tokens, AccountSecurity security, Devices devices, MessageSource messages) {
		this.signIn = signIn;
		this.tokens = tokens;
		this.security = security;
		this.devices = devices;
		this.messages = messages;
	}

	record TokenRequest(@NotBlank(message = "{account.email.required}") String email,
			@NotBlank(message = "{account.password.required}") String password, String totp) {
	}

	record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {

		static TokenResponse of(ApiTokens.Pair pair) {
			return new TokenResponse(pair.accessToken(), pair.refreshToken(), "Bearer", pair.expiresIn());
		}
	}

	record RefreshRequest(@NotBlank(message = "{account.token.required}") String refreshToken) {
	}

	record LogoutRequest(String refreshToken) {
	}

	record TokenBody(@NotBlank(message = "{account.token.required}") String token) {
	}

	record ResetRequest(String email) {
	}

	record ResetConfirmation(@NotBlank(message = "{account.token.required}") String token,
			@NotBlank(message = "{account.password.length}") String newPassword) {
	}

	@PostMapping("/token")
	@Operation(summary = "Sign in with email, password and (with two-factor on) the current code: an access and a refresh token")
	@ApiResponse(responseCode = "429", description = "Too many requests: Retry-After says when to try again")
	TokenResponse token(@Valid @RequestBody TokenRequest body, HttpServletRequest request,
			@RequestHeader(value = "X-Device-Id", required = false) String deviceId) {
		User user = signIn.check(body.email(), body.password(), body.totp(), request.getRemoteAddr());
		if (!user.isEmailVerified()) {
			throw new ApiProblem(HttpStatus.FORBIDDEN, "email-unverified",
					"Verify your email address before signing in to the app.");
		}
		String userAgent = request.getHeader("User-Agent");
		devices.signedIn(user.getId(), deviceId != null ? deviceId : "ua:" + userAgent,
				DeviceDescriptions.describe(userAgent), request.getRemoteAddr());
		return TokenResponse.of(tokens.issue(user.getId()));
	}

	@PostMapping("/refresh")
	@Operation(summary = "Exchange a refresh token for a new pair (a reused one ends its whole family)")
	TokenResponse refresh(@Valid @RequestBody RefreshRequest body) {
		try {
			return TokenResponse.of(tokens.refresh(body.refreshToken()));
		}
		catch (AccountRejected rejected) {
			throw new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-token",
					messages.getMessage(rejected.messageKey(), null, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		}
	}

	@PostMapping("/logout")
	@Operation(summary = "Sign out of the app: the token's family ends")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logout(@RequestBody(required = false) LogoutRequest body,
			@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		if (body != null && body.refreshToken() != null) {
			tokens.revoke(body.refreshToken());
		}
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			tokens.revoke(authorization.substring(7).trim());
		}
	}

	@PostMapping("/email-verification")
	@Operation(summary = "Verify the email address with the token from the mail")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void verifyEmail(@Valid @RequestBody TokenBody body) {
		security.verifyEmail(body.token());
	}

	@PostMapping("/password-reset")
	@Operation(summary = "Ask for a password reset link (the answer never says whether the email exists)")
	@ApiResponse(responseCode = "429", description = "Too many requests: Retry-After says when to try again")
	ResponseEntity<Void> requestReset(@RequestBody ResetRequest body, HttpServletRequest request) {
		if (body.email() != null && !body.email().isBlank()) {
			security.requestPasswordReset(body.email(), request.getRemoteAddr());
		}
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/password-reset/confirm")
	@Operation(summary = "Set a new password with the token from the reset mail")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void confirmReset(@Valid @RequestBody ResetConfirmation body) {
		security.resetPassword(body.token(), body.newPassword());
	}

	@ExceptionHandler(SignInRefused.class)
	ResponseEntity<ProblemDetail> refused(SignInRefused refused) {
		ApiProblem problem = switch (refused.reason()) {
			case LOCKED -> new ApiProblem(HttpStatus.LOCKED, "account-locked",
					"Too many failed attempts. Try again later or reset your password.");
			case TOO_MANY_ATTEMPTS -> new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts",
					"Too many sign-in attempts from this address. Wait a minute.");
			case SECOND_FACTOR_REQUIRED -> new ApiProblem(HttpStatus.UNAUTHORIZED, "two-factor-required",
					"This account has two-factor authentication: send the current code as totp.");
			case CLOSED -> new ApiProblem(HttpStatus.FORBIDDEN, "account-closed",
					"This account is closed. To reopen it, contact support.");
			default -> new ApiProblem(HttpStatus.UNAUTHORIZED, "bad-credentials", "Email or password is wrong.");
		};
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status());
		if (refused.retryAfter() != null) {
			long seconds = Math.max(1, Duration.between(Instant.now(), refused.retryAfter()).toSeconds());
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		}
		return response.body(problem.toProblemDetail());
	}
}
