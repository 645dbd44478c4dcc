package com.alujrat.reviews.web;

import java.net.URI;
import java.util.UUID;

import com.alujrat.reviews.internal.Reviews;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reviews for the mobile apps. */
@RestController
@RequestMapping("/api/v1")
class ReviewApi {

	private final Reviews reviews;

	ReviewApi(Reviews reviews) {
		this.reviews = reviews;
	}

	record Review(Integer rating, String text) {
	}

	record Created(UUID id) {
	}

	record Reason(String reason) {
	}

	@PostMapping("/contracts/{id}/review")
	@Operation(summary = "Review the other party of an ended contract (once, within 14 days of its end)")
	ResponseEntity<Created> review(@PathVariable UUID id, @RequestBody Review review) {
		UUID created = reviews.write(id, me(), review.rating(), review.text());
		return ResponseEntity.created(URI.create("/api/v1/me/contracts")).body(new Created(created));
	}

	@GetMapping("/users/{id}/reviews")
	@Operation(summary = "A user's shown reviews, newest first, with their average rating and count")
	Reviews.Page reviews(@PathVariable UUID id, @RequestParam(required = false) String after) {
		return reviews.of(new UserId(id), after);
	}

	@PostMapping("/staff/reviews/{id}/hide")
	@Operation(summary = "Hide a review's abusive text (SUPPORT or ADMIN); its author is told why")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void hide(@PathVariable UUID id, @RequestBody Reason reason) {
		reviews.hide(id, me(), reason.reason());
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
