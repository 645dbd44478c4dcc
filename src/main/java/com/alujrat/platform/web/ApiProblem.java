package com.alujrat.platform.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * An API answer that is not a success, thrown from anywhere under {@code /api} and rendered as RFC 9457 problem
 * details whose type is {@code https://alujrat.com/problems/<slug>}.
 */
public class ApiProblem extends RuntimeException {

	private final HttpStatus status;

	private final String slug;

	private final List<FieldMessage> errors;

	public ApiProblem(HttpStatus status, String slug, String detail) {
		this(status, slug, detail, List.of());
	}

	public ApiProblem(HttpStatus status, String slug, String detail, List<FieldMessage> errors) {
		super(detail);
		this.status = status;
		this.slug = slug;
		this.errors = errors;
	}

	public static ApiProblem invalidField(String field, String message) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields.",
				List.of(new FieldMessage(field, message)));
	}

	public static URI type(String slug) {
		return URI.create("https://alujrat.com/problems/" + slug);
	}

	public ProblemDetail toProblemDetail() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
		problem.setType(type(slug));
		problem.setTitle(status.getReasonPhrase());
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	public HttpStatus status() {
		return status;
	}

	/** One field's error as the API reports it. */
	public record FieldMessage(String field, String message) {
	}
}
