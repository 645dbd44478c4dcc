package com.alujrat.profiles.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.alujrat.profiles.Section;
import com.alujrat.profiles.Visibility;
import com.alujrat.profiles.internal.ProfileData.EmployerFields;
import com.alujrat.profiles.internal.ProfileData.FreelancerFields;

/**
 * A whole profile as the API's {@code PUT /api/v1/me/profile} sends it (the edit page has {@link ProfilePageForm}); freelancers use the
 * freelancer fields, employers the company ones. {@code visibility} maps a section to who may see it.
 */
public record ProfileForm(String headline, String bio, List<String> skills, Long hourlyRate, List<String> languages,
		String availability, String companyName, String companySize, String website, String description, String city,
		String area, Map<Section, Visibility> visibility) {

	FreelancerFields freelancer() {
		return new FreelancerFields(headline, bio, skills, hourlyRate, languages, city, area, availability);
	}

	EmployerFields employer() {
		return new EmployerFields(companyName, companySize, website, description, city, area);
	}

	Map<Section, Visibility> visibilityOrNone() {
		return visibility == null ? new EnumMap<>(Section.class) : visibility;
	}
}
