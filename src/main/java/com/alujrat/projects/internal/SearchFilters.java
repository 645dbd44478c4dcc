package com.alujrat.projects.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.alujrat.profiles.Taxonomy;

/**
 * A project search as typed: every filter optional, amounts in paisa. {@link #parse} refuses a malformed filter on
 * its own field, so the API answers 400 with the field named.
 */
public record SearchFilters(String q, String category, List<String> skills, String budgetType, Long budgetMin,
		Long budgetMax, String mode, String city, Integer postedWithin, String sort) {

	public static final List<String> SORTS = List.of("relevance", "newest", "budget");

	public static final SearchFilters NONE = new SearchFilters(null, null, List.of(), null, null, null, null, null,
			null, "newest");

	public static SearchFilters parse(String q, String category, String skills, String budgetType, String budgetMin,
			String budgetMax, String mode, String city, String postedWithin, String sort, Taxonomy taxonomy) {
		String text = blankToNull(q);
		if (text != null && text.length() > 200) {
			throw new ProjectRejected("q", "search.q.tooLong");
		}
		String cat = blankToNull(category);
		if (cat != null && taxonomy.categories().stream().noneMatch(c -> c.id().equals(cat))) {
			throw new ProjectRejected("category", "project.category.invalid");
		}
		List<String> skillIds = skills == null || skills.isBlank() ? List.of()
				: Arrays.stream(skills.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
		if (skillIds.size() > 10 || skillIds.stream().anyMatch(s -> taxonomy.skill(s) == null)) {
			throw new ProjectRejected("skills", "project.skills.invalid");
		}
		String type = blankToNull(budgetType);
		if (type != null && !ProjectDetails.BUDGET_TYPES.contains(type)) {
			throw new ProjectRejected("budgetType", "project.budgetType.invalid");
		}
		Long min = amount(budgetMin, "budgetMin");
		Long max = amount(budgetMax, "budgetMax");
		String where = blankToNull(mode);
		if (where != null && !ProjectDetails.MODES.contains(where)) {
			throw new ProjectRejected("mode", "project.mode.invalid");
		}
		String town = blankToNull(city);
		Integer days = null;
		if (blankToNull(postedWithin) != null) {
			try {
				days = Integer.valueOf(postedWithin.strip());
			}
			catch (NumberFormatException ex) {
				days = -1;
			}
			if (days < 1 || days > 365) {
				throw new ProjectRejected("postedWithin", "search.postedWithin.invalid");
			}
		}
		String order = blankToNull(sort);
		if (order != null && !SORTS.contains(order)) {
			throw new ProjectRejected("sort", "search.sort.invalid");
		}
		if (order == null || ("relevance".equals(order) && text == null)) {
			order = text == null ? "newest" : "relevance";
		}
		return new SearchFilters(text, cat, skillIds, type, min, max, where, town, days, order);
	}

	/** Every filter that is set, URL-encoded, amounts in paisa as the API takes them. */
	public String query() {
		return query(1);
	}

	/** Every filter that is set, URL-encoded, amounts in rupees as the search page takes them. */
	public String pageQuery() {
		return query(100);
	}

	private String query(long perUnit) {
		StringBuilder query = new StringBuilder();
		append(query, "q", q);
		append(query, "category", category);
		append(query, "skills", String.join(",", skills));
		append(query, "budgetType", budgetType);
		append(query, "budgetMin", budgetMin == null ? null : Long.toString(budgetMin / perUnit));
		append(query, "budgetMax", budgetMax == null ? null : Long.toString(budgetMax / perUnit));
		append(query, "mode", mode);
		append(query, "city", city);
		append(query, "postedWithin", postedWithin == null ? null : postedWithin.toString());
		append(query, "sort", sort);
		return query.toString();
	}

	private static void append(StringBuilder query, String name, String value) {
		if (value != null && !value.isBlank()) {
			query.append(query.isEmpty() ? "" : "&").append(name).append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	private static Long amount(String text, String field) {
		if (blankToNull(text) == null) {
			return null;
		}
		try {
			long value = Long.parseLong(text.strip());
			if (value < 0 || value > ProjectDetails.MAX_AMOUNT) {
				throw new ProjectRejected(field, "search.amount.invalid");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new ProjectRejected(field, "search.amount.invalid");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
