package com.alujrat.profiles.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.alujrat.platform.Rejected;
import com.alujrat.profiles.internal.ProfileData;
import com.alujrat.profiles.internal.ProfileRejected;

/**
 * The edit page's forms for experience, education and portfolio entries, as typed. Each has field names of its own
 * (experience and portfolio both have a title and a description), and a refusal is reported under the form's names.
 * Dates and years stay text until parsed here, so a slip is a message next to its field, never an error page.
 */
public final class EntryForms {

	private EntryForms() {
	}

	public record ExperienceForm(String experienceTitle, String organisation, String started, String ended,
			String experienceDescription) {

		public static final ExperienceForm EMPTY = new ExperienceForm("", "", "", "", "");

		ProfileData.Experience entry() {
			return new ProfileData.Experience(null, experienceTitle, organisation, date("started", started),
					blank(ended) ? null : date("ended", ended), experienceDescription);
		}

		static Rejected named(Rejected rejected) {
			return rename(rejected, Map.of("title", "experienceTitle", "description", "experienceDescription"));
		}
	}

	public record EducationForm(String institution, String degree, String startYear, String endYear) {

		public static final EducationForm EMPTY = new EducationForm("", "", "", "");

		ProfileData.Education entry() {
			return new ProfileData.Education(null, institution, degree, year("startYear", startYear),
					blank(endYear) ? null : year("endYear", endYear));
		}
	}

	public record PortfolioForm(String portfolioTitle, String portfolioDescription, String link) {

		public static final PortfolioForm EMPTY = new PortfolioForm("", "", "");

		ProfileData.PortfolioItem entry() {
			return new ProfileData.PortfolioItem(null, portfolioTitle, portfolioDescription, link, List.of());
		}

		static Rejected named(Rejected rejected) {
			return rename(rejected, Map.of("title", "portfolioTitle", "description", "portfolioDescription"));
		}
	}

	private static Rejected rename(Rejected rejected, Map<String, String> names) {
		String field = names.get(rejected.field());
		return field == null ? rejected : new ProfileRejected(field, rejected.messageKey());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static LocalDate date(String field, String text) {
		try {
			return LocalDate.parse(text == null ? "" : text.trim());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new ProfileRejected(field, "profile.date.invalid");
		}
	}

	private static int year(String field, String text) {
		try {
			return Integer.parseInt(text == null ? "" : text.trim());
		}
		catch (NumberFormatException ex) {
			throw new ProfileRejected(field, "profile.year.invalid");
		}
	}
}
