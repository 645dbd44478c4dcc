package com.alujrat.profiles.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The records a profile is made of, as stored and as edited. */
public final class ProfileData {

	private ProfileData() {
	}

	public record Experience(UUID id, String title, String organisation, LocalDate started, LocalDate ended,
			String description) {
	}

	public record Education(UUID id, String institution, String degree, int startYear, Integer endYear) {
	}

	public record PortfolioItem(UUID id, String title, String description, String link, List<Integer> images) {
	}

	/** The editable fields of a freelancer profile (entries and images are edited one by one). */
	public record FreelancerFields(String headline, String bio, List<String> skills, Long hourlyRateRupees,
			List<String> languages, String city, String area, String availability) {
	}

	public record EmployerFields(String companyName, String companySize, String website, String description,
			String city, String area) {
	}
}
