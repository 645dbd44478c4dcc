package com.alujrat.contracts.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An offer as the employer writes it: the bid (or, with services, the order) it answers, the terms and the
 * milestones. {@code total}, when given, must equal the milestones' sum. Money in paisa.
 */
public record OfferTerms(UUID bidId, UUID orderId, String terms, Long total, List<Step> milestones) {

	public record Step(String title, Long amount, LocalDate dueDate) {
	}

	/** Rs 1 crore, as for project budgets. */
	static final long MAX_TOTAL = 1_000_000_000L;

	OfferTerms checked(LocalDate today) {
		String text = terms == null ? "" : terms.strip();
		if (text.length() < 10 || text.length() > 5_000) {
			throw new ContractRejected("terms", "offer.terms.invalid");
		}
		if (milestones == null || milestones.isEmpty() || milestones.size() > 20) {
			throw new ContractRejected("milestones", "offer.milestones.count");
		}
		long sum = 0;
		List<Step> clean = new java.util.ArrayList<>();
		for (int i = 0; i < milestones.size(); i++) {
			Step step = milestones.get(i);
			String field = "milestones[" + i + "]";
			String title = step == null || step.title() == null ? "" : step.title().strip();
			if (title.isEmpty() || title.length() > 120) {
				throw new ContractRejected(field + ".title", "offer.milestone.title");
			}
			if (step.amount() == null || step.amount() < 100 || step.amount() > MAX_TOTAL) {
				throw new ContractRejected(field + ".amount", "offer.milestone.amount");
			}
			if (step.dueDate() != null && !step.dueDate().isAfter(today)) {
				throw new ContractRejected(field + ".dueDate", "offer.milestone.dueDate");
			}
			sum += step.amount();
			clean.add(new Step(title, step.amount(), step.dueDate()));
		}
		if (sum > MAX_TOTAL) {
			throw new ContractRejected("total", "offer.total.tooLarge");
		}
		if (total != null && total != sum) {
			throw new ContractRejected("total", "offer.total.mismatch");
		}
		return new OfferTerms(bidId, orderId, text, sum, List.copyOf(clean));
	}
}
