package com.alujrat.platform.web;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import com.alujrat.platform.RateLimited;
import com.alujrat.platform.Rejected;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error is problem details; validation lists the fields; a stack trace never leaves the server. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	private final MessageSource messages;

	ApiProblemAdvice(MessageSource messages) {
		this.messages = messages;
	}

	/** A rule's refusal: the field and its message in the caller's language. */
	@ExceptionHandler(Rejected.class)
	ResponseEntity<ProblemDetail> rejected(Rejected rejected) {
		String message = messages.getMessage(rejected.messageKey(), rejected.messageArguments(),
				LocaleContextHolder.getLocale());
		ApiProblem problem = new ApiProblem(rejected.status(), rejected.slug(),
				rejected.status() == HttpStatus.BAD_REQUEST ? "The request has invalid fields." : message,
				List.of(new ApiProblem.FieldMessage(rejected.field(), message)));
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status());
		if (rejected instanceof RateLimited limited) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfter().toSeconds()));
		}
		return response.body(problem.toProblemDetail());
	}

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> problem(ApiProblem problem) {
		return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error answering an API request", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Please try again.");
		problem.setType(ApiProblem.type("internal-error"));
		return ResponseEntity.internalServerError().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ApiProblem.FieldMessage> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> new ApiProblem.FieldMessage(e.getField(), e.getDefaultMessage()))
			.toList();
		ApiProblem problem = new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields.",
				errors);
		return ResponseEntity.badRequest().body(problem.toProblemDetail());
	}

	/** The dotted path of the JSON property whose value could not be read, if the body parsed that far. */
	private static String fieldOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
				return mismatch.getPath()
					.stream()
					.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
					.collect(Collectors.joining("."));
			}
		}
		return null;
	}

	private static boolean refusedControlCharacters(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidFormatException invalid
					&& ControlCharacters.REFUSED.equals(invalid.getOriginalMessage())) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = fieldOf(ex);
		if (field != null && refusedControlCharacters(ex)) {
			return ResponseEntity.badRequest()
				.body(ApiProblem.invalidField(field, messages.getMessage("input.control", null,
						LocaleContextHolder.getLocale())).toProblemDetail());
		}
		if (field != null) {
			// Valid JSON with a value of the wrong kind (an unknown role, a date that is not a date): a field error.
			return ResponseEntity.badRequest()
				.body(ApiProblem.invalidField(field, "This value is not valid for " + field + ".").toProblemDetail());
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON of the expected shape.");
		problem.setType(ApiProblem.type("malformed-request"));
		return ResponseEntity.badRequest().body(problem);
	}
}
