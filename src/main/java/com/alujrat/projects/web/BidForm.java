package com.alujrat.projects.web;

import com.alujrat.platform.web.Rupees;
import com.alujrat.projects.internal.Bid;
import com.alujrat.projects.internal.BidTerms;
import com.alujrat.projects.internal.ProjectRejected;

/** The bid form as typed: the amount in whole rupees. */
public record BidForm(String amount, String deliveryDays, String coverLetter) {

	public static final BidForm EMPTY = new BidForm("", "", "");

	static BidForm of(Bid bid) {
		return new BidForm(Long.toString(bid.amount() / 100), Integer.toString(bid.deliveryDays()), bid.coverLetter());
	}

	BidTerms terms() {
		Integer days;
		try {
			days = deliveryDays == null || deliveryDays.isBlank() ? null : Integer.valueOf(deliveryDays.strip());
		}
		catch (NumberFormatException ex) {
			throw new ProjectRejected("deliveryDays", "bid.deliveryDays.invalid");
		}
		return new BidTerms(Rupees.toPaisa(amount, "amount", "bid.amount.invalid"), days, coverLetter);
	}

	public String text(String value) {
		return value == null ? "" : value;
	}
}
