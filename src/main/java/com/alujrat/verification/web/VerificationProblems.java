package com.alujrat.verification.web;

import java.util.List;

import com.alujrat.platform.web.ApiProblem;
import com.alujrat.verification.internal.VerificationRejected;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A verification rule's refusal as problem details with the field it is about. */
final class VerificationProblems {

	private VerificationProblems() {
	}

	static ResponseEntity<ProblemDetail> of(VerificationRejected rejected, MessageSource messages) {
		String message = messages.getMessage(rejected.messageKey(), null, LocaleContextHolder.getLocale());
		boolean tooSoon = "verification.code.wait".equals(rejected.messageKey());
		ApiProblem problem = new ApiProblem(tooSoon ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST,
				tooSoon ? "too-many-requests" : "validation", message,
				List.of(new ApiProblem.FieldMessage(rejected.field(), message)));
		return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
	}
}
