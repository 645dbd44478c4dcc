package com.alujrat.catalog.internal;

import java.util.LinkedHashSet;
import java.util.List;

import com.alujrat.platform.Rejected;
import com.alujrat.profiles.Taxonomy;

/**
 * A service as its freelancer writes it: 1 to 3 packages (prices in paisa) and up to 5 questions for the buyer.
 * {@link #checked} trims it and refuses what breaks a rule, naming the field as the API names it.
 */
public record ServiceDetails(String title, String description, String category, List<String> skills,
		List<Package> packages, List<String> questions) {

	public record Package(String name, Long price, Integer deliveryDays, Integer revisions, String description) {
	}

	static final long MAX_PRICE = 1_000_000_000L;

	ServiceDetails checked(Taxonomy taxonomy) {
		String cleanTitle = trim(title);
		if (cleanTitle.length() < 10 || cleanTitle.length() > 120) {
			throw new Rejected("title", "service.title.invalid");
		}
		String cleanDescription = description == null ? "" : description.strip();
		if (cleanDescription.length() < 30 || cleanDescription.length() > 10_000) {
			throw new Rejected("description", "service.description.invalid");
		}
		if (category == null || taxonomy.categories().stream().noneMatch(c -> c.id().equals(category))) {
			throw new Rejected("category", "project.category.invalid");
		}
		List<String> cleanSkills = skills == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(skills.stream().filter(java.util.Objects::nonNull).toList()));
		if (cleanSkills.isEmpty() || cleanSkills.size() > 10 || cleanSkills.stream().anyMatch(s -> taxonomy.skill(s) == null)) {
			throw new Rejected("skills", "project.skills.invalid");
		}
		if (packages == null || packages.isEmpty() || packages.size() > 3) {
			throw new Rejected("packages", "service.packages.count");
		}
		List<Package> cleanPackages = new java.util.ArrayList<>();
		for (int i = 0; i < packages.size(); i++) {
			cleanPackages.add(checked(packages.get(i), "packages[" + i + "]"));
		}
		List<String> cleanQuestions = questions == null ? List.of()
				: questions.stream().map(ServiceDetails::trim).filter(q -> !q.isEmpty()).toList();
		if (cleanQuestions.size() > 5 || cleanQuestions.stream().anyMatch(q -> q.length() > 300)) {
			throw new Rejected("questions", "service.questions.invalid");
		}
		return new ServiceDetails(cleanTitle, cleanDescription, category, cleanSkills, cleanPackages, cleanQuestions);
	}

	private static Package checked(Package p, String field) {
		String name = p == null ? "" : trim(p.name());
		if (name.isEmpty() || name.length() > 40) {
			throw new Rejected(field + ".name", "service.package.name");
		}
		if (p.price() == null || p.price() < 100 || p.price() > MAX_PRICE) {
			throw new Rejected(field + ".price", "bid.amount.invalid");
		}
		if (p.deliveryDays() == null || p.deliveryDays() < 1 || p.deliveryDays() > 365) {
			throw new Rejected(field + ".deliveryDays", "bid.deliveryDays.invalid");
		}
		if (p.revisions() == null || p.revisions() < 0 || p.revisions() > 10) {
			throw new Rejected(field + ".revisions", "service.package.revisions");
		}
		String text = trim(p.description());
		if (text.isEmpty() || text.length() > 1_000) {
			throw new Rejected(field + ".description", "service.package.description");
		}
		return new Package(name, p.price(), p.deliveryDays(), p.revisions(), text);
	}

	private static String trim(String value) {
		return value == null ? "" : value.strip();
	}
}
