package com.alujrat.catalog.web;

import java.util.ArrayList;
import java.util.List;

import com.alujrat.catalog.internal.ServiceDetails;
import com.alujrat.platform.Rejected;
import com.alujrat.platform.web.Rupees;

/** The service form as typed: up to three package rows (blank ones left out), prices in whole rupees. */
public record ServiceForm(String title, String description, String category, List<String> skills,
		List<String> names, List<String> prices, List<String> days, List<String> revisions, List<String> descriptions,
		List<String> questions) {

	public static final int PACKAGES = 3;

	public static final int QUESTIONS = 3;

	public static final ServiceForm EMPTY = new ServiceForm("", "", "", List.of(), List.of("Basic"), List.of(),
			List.of(), List.of("1"), List.of(), List.of());

	ServiceDetails details() {
		List<ServiceDetails.Package> packages = new ArrayList<>();
		for (int i = 0; i < PACKAGES; i++) {
			if (at(prices, i).isBlank() && at(descriptions, i).isBlank() && (i > 0 || at(names, i).isBlank())) {
				continue;
			}
			String field = "packages[" + packages.size() + "]";
			packages.add(new ServiceDetails.Package(at(names, i), Rupees.toPaisa(at(prices, i), field + ".price", "bid.amount.invalid"),
					number(at(days, i), field + ".deliveryDays"), number(at(revisions, i), field + ".revisions"),
					at(descriptions, i)));
		}
		return new ServiceDetails(title, description, category, skills == null ? List.of() : skills, packages,
				questions == null ? List.of() : questions);
	}

	public boolean has(String skill) {
		return skills != null && skills.contains(skill);
	}

	/** The typed value of row {@code i} of a column, or "" past its end. */
	public static String at(List<String> column, int i) {
		return column != null && i < column.size() && column.get(i) != null ? column.get(i) : "";
	}

	private static Integer number(String text, String field) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejected(field, field.endsWith("revisions") ? "service.package.revisions" : "bid.deliveryDays.invalid");
		}
	}
}
