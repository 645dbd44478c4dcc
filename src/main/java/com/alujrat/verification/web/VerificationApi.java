package com.alujrat.verification.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;
import com.alujrat.verification.internal.PhoneConfirmation;
import com.alujrat.verification.internal.Submissions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A user's own verification for the mobile apps; the document number only ever comes back masked. */
@RestController
@RequestMapping("/api/v1/me")
class VerificationApi {

	private final Submissions submissions;

	private final PhoneConfirmation phones;

	VerificationApi(Submissions submissions, PhoneConfirmation phones) {
		this.submissions = submissions;
		this.phones = phones;
	}

	record StatusBody(String status, String documentType, String documentNumberMasked, boolean phoneVerified,
			String reason) {

		static StatusBody of(Submissions.Status status) {
			return new StatusBody(status.status().name(),
					status.documentType() == null ? null : status.documentType().name(), status.documentNumberMasked(),
					status.phoneVerified(), status.reason());
		}
	}

	record PhoneBody(@NotBlank(message = "{verification.phone.required}") String phone) {
	}

	record CodeBody(@NotBlank(message = "{verification.code.wrong}") String code) {
	}

	@GetMapping("/verification")
	@Operation(summary = "The caller's verification status, phone and masked document number")
	StatusBody status() {
		return StatusBody.of(submissions.status(me()));
	}

	@PostMapping(value = "/verification", consumes = "multipart/form-data")
	@Operation(summary = "Submit an identity document (CNIC or passport) with its photos and a selfie")
	ResponseEntity<StatusBody> submit(@ModelAttribute UploadedSubmission upload) {
		submissions.submit(me(), upload.toSubmission());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(StatusBody.of(submissions.status(me())));
	}

	@PostMapping("/phone")
	@Operation(summary = "Send a confirmation code by SMS to a Pakistani mobile number")
	@ApiResponse(responseCode = "429", description = "Too many requests: Retry-After says when to try again")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void sendCode(@Valid @RequestBody PhoneBody body) {
		phones.sendCode(me(), body.phone());
	}

	@PostMapping("/phone/confirm")
	@Operation(summary = "Confirm the mobile number with the code from the SMS")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void confirm(@Valid @RequestBody CodeBody body) {
		phones.confirm(me(), body.code());
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
