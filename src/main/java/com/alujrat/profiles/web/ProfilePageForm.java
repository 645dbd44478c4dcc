package com.alujrat.profiles.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.alujrat.profiles.Section;
import com.alujrat.profiles.Visibility;
import com.alujrat.profiles.internal.ProfileData.EmployerFields;
import com.alujrat.profiles.internal.ProfileData.FreelancerFields;
import com.alujrat.profiles.internal.ProfileRejected;

/**
 * The edit page's profile form as typed: text stays text (a rate of "lots" comes back as typed, with its message),
 * languages are one comma-separated field, and {@code visibility[SECTION]} holds each section's choice.
 */
public record ProfilePageForm(String headline, String bio, List<String> skills, String hourlyRate, String languages,
		String availability, String companyName, String companySize, String website, String description, String city,
		String area, Map<String, String> visibility) {

	static ProfilePageForm of(FreelancerFields stored, Map<Section, Visibility> choices) {
		return new ProfilePageForm(stored.headline(), stored.bio(), stored.skills(),
				stored.hourlyRateRupees() == null ? "" : stored.hourlyRateRupees().toString(),
				String.join(", ", stored.languages()), stored.availability(), "", "", "", "", stored.city(), stored.area(),
				names(choices));
	}

	static ProfilePageForm of(EmployerFields stored, Map<Section, Visibility> choices) {
		return new ProfilePageForm("", "", List.of(), "", "", "", stored.companyName(), stored.companySize(),
				stored.website(), stored.description(), stored.city(), stored.area(), names(choices));
	}

	FreelancerFields freelancer() {
		List<String> spoken = Arrays.stream(text(languages).split(",")).map(String::trim).filter(s -> !s.isEmpty())
			.toList();
		return new FreelancerFields(headline, bio, skills == null ? List.of() : skills, rate(), spoken, city, area,
				availability);
	}

	EmployerFields employer() {
		return new EmployerFields(companyName, companySize, website, description, city, area);
	}

	/** The chosen level of each section named in the form; an unknown level is a message next to its choice. */
	Map<Section, Visibility> choices() {
		Map<Section, Visibility> choices = new EnumMap<>(Section.class);
		if (visibility == null) {
			return choices;
		}
		for (Section section : Section.values()) {
			String level = visibility.get(section.name());
			if (level != null && !level.isBlank()) {
				try {
					choices.put(section, Visibility.valueOf(level));
				}
				catch (IllegalArgumentException ex) {
					throw new ProfileRejected("visibility." + section.name(), "profile.visibility.invalid");
				}
			}
		}
		return choices;
	}

	/** The level shown as chosen for a section: what was typed, or nothing. */
	public String level(Section section) {
		return visibility == null ? "" : text(visibility.get(section.name()));
	}

	public boolean hasSkill(String id) {
		return skills != null && skills.contains(id);
	}

	public String text(String value) {
		return value == null ? "" : value;
	}

	private Long rate() {
		if (hourlyRate == null || hourlyRate.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(hourlyRate.trim().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw new ProfileRejected("hourlyRate", "profile.rate.range");
		}
	}

	private static Map<String, String> names(Map<Section, Visibility> choices) {
		Map<String, String> names = new java.util.HashMap<>();
		choices.forEach((section, level) -> names.put(section.name(), level.name()));
		return names;
	}
}
