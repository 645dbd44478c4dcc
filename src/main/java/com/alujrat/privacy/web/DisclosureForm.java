package com.alujrat.privacy.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.alujrat.privacy.internal.Disclosures;

import org.springframework.format.annotation.DateTimeFormat;

/** LEGAL's entry for the disclosure register; the people concerned are given by email, one per line. */
public record DisclosureForm(String authority, String reference, String legalBasis,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate disclosedOn, List<String> categories, String emails,
		Boolean prohibited, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate prohibitedUntil) {

	public DisclosureForm {
		authority = authority == null ? "" : authority;
		reference = reference == null ? "" : reference;
		legalBasis = legalBasis == null ? "" : legalBasis;
		categories = categories == null ? List.of() : categories;
		emails = emails == null ? "" : emails;
	}

	Disclosures.Entry entry() {
		return new Disclosures.Entry(authority, reference, legalBasis, disclosedOn, categories,
				Arrays.stream(emails.split("[\\s,;]+")).filter(e -> !e.isBlank()).toList(), Boolean.TRUE.equals(prohibited),
				prohibitedUntil);
	}

	public boolean chose(String category) {
		return categories.contains(category);
	}
}
