package com.alujrat.profiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Categories and skills, read once: the taxonomy changes only with a migration. */
@Component
public class Taxonomy {

	public record Category(String id, String nameEn, String nameUr, List<Skill> skills) {

		public String name(String lang) {
			return "ur".equals(lang) ? nameUr : nameEn;
		}
	}

	public record Skill(String id, String categoryId, String nameEn, String nameUr) {

		public String name(String lang) {
			return "ur".equals(lang) ? nameUr : nameEn;
		}
	}

	private final List<Category> categories;

	private final Map<String, Skill> skills;

	Taxonomy(JdbcClient jdbc) {
		List<Skill> all = jdbc.sql("select id, category_id, name_en, name_ur from profiles.skills order by name_en")
			.query(Skill.class)
			.list();
		this.skills = all.stream().collect(Collectors.toMap(Skill::id, s -> s, (a, b) -> a, LinkedHashMap::new));
		this.categories = jdbc.sql("select id, name_en, name_ur from profiles.categories order by position")
			.query((rs, n) -> new Category(rs.getString(1), rs.getString(2), rs.getString(3), List.of()))
			.list()
			.stream()
			.map(c -> new Category(c.id(), c.nameEn(), c.nameUr(),
					all.stream().filter(skill -> skill.categoryId().equals(c.id())).toList()))
			.toList();
	}

	public List<Category> categories() {
		return categories;
	}

	public List<Skill> skills() {
		return List.copyOf(skills.values());
	}

	public Skill skill(String id) {
		return skills.get(id);
	}

	/** The skills' names in English and Urdu, as one text for full-text search. */
	public String searchText(List<String> skillIds) {
		return skillIds.stream()
			.map(skills::get)
			.filter(java.util.Objects::nonNull)
			.map(skill -> skill.nameEn() + " " + skill.nameUr())
			.collect(Collectors.joining(" "));
	}
}
