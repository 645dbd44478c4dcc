package com.alujrat.projects.internal;

/** What a freelancer offers in a bid: the amount in paisa, the days to deliver, a cover letter. */
public record BidTerms(Long amount, Integer deliveryDays, String coverLetter) {

	BidTerms checked() {
		if (amount == null || amount < 100 || amount > ProjectDetails.MAX_AMOUNT) {
			throw new ProjectRejected("amount", "bid.amount.invalid");
		}
		if (deliveryDays == null || deliveryDays < 1 || deliveryDays > 365) {
			throw new ProjectRejected("deliveryDays", "bid.deliveryDays.invalid");
		}
		String letter = coverLetter == null ? "" : coverLetter.strip();
		if (letter.length() < 20 || letter.length() > 5_000) {
			throw new ProjectRejected("coverLetter", "bid.coverLetter.invalid");
		}
		return new BidTerms(amount, deliveryDays, letter);
	}
}
