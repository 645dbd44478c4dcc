package com.alujrat.contracts.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.alujrat.contracts.internal.ContractRejected;
import com.alujrat.contracts.internal.OfferTerms;
import com.alujrat.platform.web.Rupees;

/** The offer form as typed: up to five milestone rows (blank rows are left out), amounts in whole rupees. */
public record OfferForm(UUID bidId, String terms, List<String> titles, List<String> amounts, List<String> dueDates) {

	public static final int ROWS = 5;

	static OfferForm first(UUID bidId, long amountPaisa) {
		return new OfferForm(bidId, "", List.of(""), List.of(Long.toString(amountPaisa / 100)), List.of(""));
	}

	OfferTerms offerTerms() {
		List<OfferTerms.Step> steps = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			String title = at(titles, i);
			String amount = at(amounts, i);
			String due = at(dueDates, i);
			if (title.isBlank() && amount.isBlank() && due.isBlank()) {
				continue;
			}
			String field = "milestones[" + steps.size() + "]";
			Long paisa = Rupees.toPaisa(amount, field + ".amount", "offer.milestone.amount");
			LocalDate date;
			try {
				date = due.isBlank() ? null : LocalDate.parse(due.strip());
			}
			catch (DateTimeParseException ex) {
				throw new ContractRejected(field + ".dueDate", "offer.milestone.dueDate");
			}
			steps.add(new OfferTerms.Step(title, paisa, date));
		}
		return new OfferTerms(bidId, null, terms, null, steps);
	}

	/** The typed value of row {@code i} of a column, or "" past its end. */
	public static String at(List<String> column, int i) {
		return column != null && i < column.size() && column.get(i) != null ? column.get(i) : "";
	}
}
