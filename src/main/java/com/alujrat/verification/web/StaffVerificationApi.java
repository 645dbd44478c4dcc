package com.alujrat.verification.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.alujrat.platform.web.ApiProblem;
import com.alujrat.verification.internal.Submissions;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The review queue for verifier apps (VERIFIER role, enforced by the security chain and again here). */
@RestController
@RequestMapping("/api/v1/staff/verifications")
class StaffVerificationApi {

	private final Submissions submissions;

	StaffVerificationApi(Submissions submissions) {
		this.submissions = submissions;
	}

	record Page(List<Submissions.QueueItem> items, String next) {
	}

	record Detail(Submissions.Review submission, List<String> photos) {
	}

	record Decision(@NotNull(message = "{verification.review.decision}") @Pattern(regexp = "APPROVE|REJECT",
			message = "{verification.review.decision}") String decision, String reason) {
	}

	/** Keyset paging: {@code after} is the {@code next} of the previous page. */
	@GetMapping
	@Operation(summary = "The verifiers' queue of pending submissions, oldest first")
	Page queue(@RequestParam(defaultValue = "PENDING") String status, @RequestParam(required = false) String after) {
		StaffVerificationPages.verifier();
		if (!List.of("PENDING", "APPROVED", "REJECTED").contains(status)) {
			throw ApiProblem.invalidField("status", "Use PENDING, APPROVED or REJECTED.");
		}
		Instant afterTime = null;
		UUID afterId = null;
		if (after != null && !after.isBlank()) {
			try {
				String[] parts = after.split("_", 2);
				afterTime = Instant.parse(parts[0]);
				afterId = UUID.fromString(parts[1]);
			}
			catch (RuntimeException ex) {
				throw ApiProblem.invalidField("after", "Not a cursor from this list.");
			}
		}
		List<Submissions.QueueItem> items = submissions.queue(status, afterTime, afterId, 50);
		String next = items.size() < 50 ? null : cursor(items.get(items.size() - 1));
		return new Page(items, next);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One submission with its document number, for a verifier (logged with its purpose)")
	Detail get(@PathVariable UUID id, @RequestParam(defaultValue = "REVIEW") String purpose) {
		Submissions.Review review = submissions
			.review(id, StaffVerificationPages.verifier(), StaffVerificationPages.purpose(purpose))
			.orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "No such submission."));
		String base = "/staff/verifications/" + id + "/photos/";
		List<String> photos = review.hasBack() ? List.of(base + "front", base + "back", base + "selfie")
				: List.of(base + "front", base + "selfie");
		return new Detail(review, photos);
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Approve or reject a submission, with a reason the user sees")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void decide(@PathVariable UUID id, @Valid @RequestBody Decision body) {
		submissions.decide(id, StaffVerificationPages.verifier(), "APPROVE".equals(body.decision()), body.reason());
	}

	/** The last item's time and id: the next page starts strictly after them. */
	private static String cursor(Submissions.QueueItem item) {
		return item.submittedAt() + "_" + item.id();
	}
}
