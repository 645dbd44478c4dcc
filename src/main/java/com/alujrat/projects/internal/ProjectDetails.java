package com.alujrat.projects.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.alujrat.profiles.Taxonomy;

/**
 * What an employer writes about a project (money in paisa). {@link #checked} trims it and refuses what breaks a
 * rule, naming the field as the API names it.
 */
public record ProjectDetails(String title, String description, String category, List<String> skills,
		String budgetType, Long budgetMin, Long budgetMax, LocalDate deadline, Location location, String visibility) {

	public record Location(String mode, String city, String area) {
	}

	static final Set<String> BUDGET_TYPES = Set.of("FIXED", "HOURLY");

	static final Set<String> MODES = Set.of("REMOTE", "ONSITE");

	static final Set<String> VISIBILITIES = Set.of("REGISTERED", "INVITED");

	/** Rs 1 crore: the largest budget, bid or milestone the platform takes. */
	public static final long MAX_AMOUNT = 1_000_000_000L;

	ProjectDetails checked(Taxonomy taxonomy, LocalDate today) {
		String cleanTitle = trim(title);
		if (cleanTitle.length() < 10 || cleanTitle.length() > 120) {
			throw new ProjectRejected("title", "project.title.invalid");
		}
		String cleanDescription = description == null ? "" : description.strip();
		if (cleanDescription.length() < 30 || cleanDescription.length() > 10_000) {
			throw new ProjectRejected("description", "project.description.invalid");
		}
		if (category == null || taxonomy.categories().stream().noneMatch(c -> c.id().equals(category))) {
			throw new ProjectRejected("category", "project.category.invalid");
		}
		List<String> cleanSkills = skills == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(skills.stream().filter(java.util.Objects::nonNull).toList()));
		if (cleanSkills.isEmpty() || cleanSkills.size() > 10 || cleanSkills.stream().anyMatch(s -> taxonomy.skill(s) == null)) {
			throw new ProjectRejected("skills", "project.skills.invalid");
		}
		if (budgetType == null || !BUDGET_TYPES.contains(budgetType)) {
			throw new ProjectRejected("budgetType", "project.budgetType.invalid");
		}
		if (budgetMin == null || budgetMin < 100 || budgetMin > MAX_AMOUNT) {
			throw new ProjectRejected("budgetMin", "project.budget.invalid");
		}
		if (budgetMax == null || budgetMax < budgetMin || budgetMax > MAX_AMOUNT) {
			throw new ProjectRejected("budgetMax", "project.budgetMax.invalid");
		}
		if (deadline != null && !deadline.isAfter(today)) {
			throw new ProjectRejected("deadline", "project.deadline.invalid");
		}
		Location where = location == null ? new Location(null, null, null) : location;
		if (where.mode() == null || !MODES.contains(where.mode())) {
			throw new ProjectRejected("location.mode", "project.mode.invalid");
		}
		String city = trim(where.city());
		String area = trim(where.area());
		if ("ONSITE".equals(where.mode()) && city.isEmpty()) {
			throw new ProjectRejected("location.city", "project.city.required");
		}
		if (city.length() > 80 || area.length() > 80) {
			throw new ProjectRejected("location.city", "project.city.tooLong");
		}
		String shownTo = visibility == null || visibility.isBlank() ? "REGISTERED" : visibility;
		if (!VISIBILITIES.contains(shownTo)) {
			throw new ProjectRejected("visibility", "project.visibility.invalid");
		}
		return new ProjectDetails(cleanTitle, cleanDescription, category, cleanSkills, budgetType, budgetMin,
				budgetMax, deadline, new Location(where.mode(), city, area), shownTo);
	}

	private static String trim(String value) {
		return value == null ? "" : value.strip();
	}
}
