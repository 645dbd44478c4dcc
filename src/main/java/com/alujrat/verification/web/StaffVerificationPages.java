package com.alujrat.verification.web;

import com.alujrat.platform.web.FormErrors;
import com.alujrat.platform.Rejected;
import java.util.List;
import java.util.UUID;

import com.alujrat.shared.SignedInUser;
import com.alujrat.verification.internal.Submissions;
import com.alujrat.verification.internal.VerificationRejected;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff → Verifications, for the VERIFIER role only: the queue, one submission with its number and photos (every
 * look logged, photos never cached), and the decision.
 */
@Controller
class StaffVerificationPages {

	static final List<String> PURPOSES = List.of("REVIEW", "DISPUTE", "FRAUD_CHECK", "LEGAL_REQUEST");

	private final Submissions submissions;

	StaffVerificationPages(Submissions submissions) {
		this.submissions = submissions;
	}

	@GetMapping("/staff/verifications")
	String queue(@RequestParam(defaultValue = "PENDING") String status, Model model) {
		String shown = List.of("PENDING", "APPROVED", "REJECTED").contains(status) ? status : "PENDING";
		model.addAttribute("status", shown);
		model.addAttribute("items", submissions.queue(shown, null, null, 100));
		return "verification/staff-queue";
	}

	@GetMapping("/staff/verifications/{id}")
	String review(@PathVariable UUID id, @RequestParam(defaultValue = "REVIEW") String purpose, Model model) {
		return render(id, purpose(purpose), "", model);
	}

	@GetMapping("/staff/verifications/{id}/photos/{which}")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable String which,
			@RequestParam(defaultValue = "REVIEW") String purpose) {
		byte[] photo = submissions.photo(id, which, verifier(), purpose(purpose))
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
		boolean png = photo.length > 1 && (photo[0] & 0xFF) == 0x89;
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(png ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG)
			.body(photo);
	}

	/** A verifier's decision: APPROVE, or a rejection with the reason the user will read. */
	record Decision(String decision, String reason) {

		Decision {
			reason = reason == null ? "" : reason;
		}
	}

	@PostMapping("/staff/verifications/{id}/decision")
	String decide(@PathVariable UUID id, @ModelAttribute Decision form, BindingResult binding, Model model) {
		try {
			FormErrors.requireBound(binding);
			submissions.decide(id, verifier(), "APPROVE".equals(form.decision()), form.reason());
			return "redirect:/staff/verifications?decided";
		}
		catch (Rejected rejected) {
			return render(id, "REVIEW", rejected.messageKey(), model);
		}
	}

	private String render(UUID id, String purpose, String error, Model model) {
		Submissions.Review review = submissions.review(id, verifier(), purpose)
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
		model.addAttribute("review", review);
		model.addAttribute("purpose", purpose);
		model.addAttribute("purposes", PURPOSES);
		model.addAttribute("log", submissions.accessLog(id));
		model.addAttribute("error", error);
		return "verification/staff-review";
	}

	static String purpose(String requested) {
		return PURPOSES.contains(requested) ? requested : "REVIEW";
	}

	static com.alujrat.shared.UserId verifier() {
		SignedInUser user = SignedInUser.current().orElseThrow();
		if (!user.hasStaffRole("VERIFIER")) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
		}
		return user.id();
	}
}
