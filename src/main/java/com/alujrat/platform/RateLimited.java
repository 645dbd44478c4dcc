package com.alujrat.platform;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/** Past a limit: the API answers 429 with {@code Retry-After}, a form says in how many minutes to try again. */
public class RateLimited extends Rejected {

	private final Duration retryAfter;

	public RateLimited(Duration retryAfter) {
		this("limit", retryAfter);
	}

	/** Past a limit, with the message shown next to {@code field} in a form. */
	public RateLimited(String field, Duration retryAfter) {
		super(field, "limit.tryAgain", HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
				Math.max(1, (retryAfter.toSeconds() + 59) / 60));
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
