package com.alujrat.profiles.internal;

import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.profiles.Taxonomy;
import com.alujrat.profiles.internal.ProfileData.Education;
import com.alujrat.profiles.internal.ProfileData.Experience;
import com.alujrat.profiles.internal.ProfileData.FreelancerFields;
import com.alujrat.profiles.internal.ProfileData.PortfolioItem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A freelancer's own profile: fields, skills, experience, education and portfolio, with their limits. */
@Service
public class FreelancerProfiles {

	public static final int MAX_SKILLS = 15;

	static final int MAX_ENTRIES = 20;

	public static final int MAX_IMAGES_PER_ITEM = 5;

	static final long MAX_RATE_RUPEES = 1_000_000;

	private final JdbcClient jdbc;

	private final Taxonomy taxonomy;

	FreelancerProfiles(JdbcClient jdbc, Taxonomy taxonomy) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
	}

	/** The stored fields, or empty ones for a freelancer who never saved. */
	public record Stored(UUID userId, FreelancerFields fields, String photoKey, boolean verified,
			java.time.Instant createdAt) {
	}

	public Optional<Stored> find(UUID userId) {
		return jdbc.sql("""
				select headline, bio, hourly_rate_paisa, languages, city, area, availability, photo_key, verified,
				       created_at from profiles.freelancer_profiles where user_id = ?""")
			.param(userId)
			.query((rs, n) -> {
				long paisa = rs.getLong(3);
				Long rupees = rs.wasNull() ? null : paisa / 100;
				Array languages = rs.getArray(4);
				return new Stored(userId,
						new FreelancerFields(rs.getString(1), rs.getString(2), skills(userId), rupees,
								Arrays.asList((String[]) languages.getArray()), rs.getString(5), rs.getString(6),
								rs.getString(7)),
						rs.getString(8), rs.getBoolean(9), rs.getTimestamp(10).toInstant());
			})
			.optional();
	}

	@Transactional
	public void ensure(UUID userId) {
		jdbc.sql("insert into profiles.freelancer_profiles (user_id) values (?) on conflict do nothing")
			.param(userId)
			.update();
	}

	@Transactional
	public void save(UUID userId, FreelancerFields fields) {
		String headline = text("headline", fields.headline(), 120);
		String bio = text("bio", fields.bio(), 5000);
		List<String> skills = fields.skills() == null ? List.of() : fields.skills().stream().distinct().toList();
		if (skills.size() > MAX_SKILLS) {
			throw new ProfileRejected("skills", "profile.skills.tooMany");
		}
		skills.stream().filter(id -> taxonomy.skill(id) == null).findFirst().ifPresent(unknown -> {
			throw new ProfileRejected("skills", "profile.skills.unknown");
		});
		Long rate = fields.hourlyRateRupees();
		if (rate != null && (rate < 0 || rate > MAX_RATE_RUPEES)) {
			throw new ProfileRejected("hourlyRate", "profile.rate.range");
		}
		List<String> languages = fields.languages() == null ? List.of()
				: fields.languages().stream().map(String::trim).filter(l -> !l.isEmpty()).distinct().toList();
		if (languages.size() > 10 || languages.stream().anyMatch(l -> l.length() > 30)) {
			throw new ProfileRejected("languages", "profile.languages.invalid");
		}
		String availability = fields.availability() == null ? "AVAILABLE" : fields.availability().toUpperCase(Locale.ROOT);
		if (!List.of("AVAILABLE", "LIMITED", "UNAVAILABLE").contains(availability)) {
			throw new ProfileRejected("availability", "profile.availability.invalid");
		}
		ensure(userId);
		jdbc.sql("""
				update profiles.freelancer_profiles set headline = ?, bio = ?, hourly_rate_paisa = ?, languages = ?,
				    city = ?, area = ?, availability = ?, updated_at = now() where user_id = ?""")
			.params(headline, bio, rate == null ? null : rate * 100, languages.toArray(String[]::new),
					text("city", fields.city(), 60), text("area", fields.area(), 60), availability, userId)
			.update();
		jdbc.sql("delete from profiles.freelancer_skills where user_id = ?").param(userId).update();
		skills.forEach(skill -> jdbc.sql("insert into profiles.freelancer_skills (user_id, skill_id) values (?, ?)")
			.params(userId, skill)
			.update());
	}

	public List<String> skills(UUID userId) {
		return jdbc.sql("select skill_id from profiles.freelancer_skills where user_id = ? order by skill_id")
			.param(userId)
			.query(String.class)
			.list();
	}

	public List<Experience> experience(UUID userId) {
		return jdbc.sql("""
				select id, title, organisation, started, ended, description from profiles.experience
				where user_id = ? order by started desc, position""")
			.param(userId)
			.query((rs, n) -> new Experience(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getDate(4).toLocalDate(), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
					rs.getString(6)))
			.list();
	}

	@Transactional
	public UUID addExperience(UUID userId, Experience entry) {
		ensure(userId);
		limit(userId, "experience", "experience");
		if (entry.started() == null || entry.started().isAfter(LocalDate.now())) {
			throw new ProfileRejected("started", "profile.date.invalid");
		}
		if (entry.ended() != null && entry.ended().isBefore(entry.started())) {
			throw new ProfileRejected("ended", "profile.date.endBeforeStart");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into profiles.experience (id, user_id, title, organisation, started, ended, description, position)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, userId, required("title", entry.title(), 100), required("organisation", entry.organisation(), 100),
					Date.valueOf(entry.started()), entry.ended() == null ? null : Date.valueOf(entry.ended()),
					text("description", entry.description(), 2000), count(userId, "experience"))
			.update();
		return id;
	}

	public List<Education> education(UUID userId) {
		return jdbc.sql("""
				select id, institution, degree, start_year, end_year from profiles.education
				where user_id = ? order by start_year desc, position""")
			.param(userId)
			.query((rs, n) -> new Education(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getObject(5, Integer.class)))
			.list();
	}

	@Transactional
	public UUID addEducation(UUID userId, Education entry) {
		ensure(userId);
		limit(userId, "education", "education");
		int thisYear = LocalDate.now().getYear();
		if (entry.startYear() < 1950 || entry.startYear() > thisYear) {
			throw new ProfileRejected("startYear", "profile.year.invalid");
		}
		if (entry.endYear() != null && (entry.endYear() < entry.startYear() || entry.endYear() > thisYear + 8)) {
			throw new ProfileRejected("endYear", "profile.year.invalid");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into profiles.education (id, user_id, institution, degree, start_year, end_year, position)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, userId, required("institution", entry.institution(), 150), required("degree", entry.degree(), 100),
					entry.startYear(), entry.endYear(), count(userId, "education"))
			.update();
		return id;
	}

	public List<PortfolioItem> portfolio(UUID userId) {
		return jdbc.sql("select id, title, description, link from profiles.portfolio_items where user_id = ? order by position")
			.param(userId)
			.query((rs, n) -> new PortfolioItem(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), images(rs.getObject(1, UUID.class))))
			.list();
	}

	@Transactional
	public UUID addPortfolioItem(UUID userId, PortfolioItem item) {
		ensure(userId);
		limit(userId, "portfolio_items", "portfolio");
		String link = item.link() == null || item.link().isBlank() ? null : item.link().trim();
		if (link != null && (!link.matches("https?://[^\\s<>\"]+") || link.length() > 300)) {
			throw new ProfileRejected("link", "profile.link.invalid");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into profiles.portfolio_items (id, user_id, title, description, link, position)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, userId, required("title", item.title(), 100), text("description", item.description(), 2000), link,
					count(userId, "portfolio_items"))
			.update();
		return id;
	}

	/** Removes one of the owner's entries; another user's entry id removes nothing. */
	@Transactional
	public boolean remove(UUID userId, String kind, UUID entryId) {
		String table = switch (kind) {
			case "experience" -> "profiles.experience";
			case "education" -> "profiles.education";
			case "portfolio" -> "profiles.portfolio_items";
			default -> throw new ProfileRejected("kind", "profile.entry.unknown");
		};
		return jdbc.sql("delete from " + table + " where id = ? and user_id = ?").params(entryId, userId).update() == 1;
	}

	public boolean ownsItem(UUID userId, UUID itemId) {
		return jdbc.sql("select count(*) from profiles.portfolio_items where id = ? and user_id = ?")
			.params(itemId, userId)
			.query(Integer.class)
			.single() == 1;
	}

	List<Integer> images(UUID itemId) {
		return jdbc.sql("select position from profiles.portfolio_images where item_id = ? order by position")
			.param(itemId)
			.query(Integer.class)
			.list();
	}

	private int count(UUID userId, String table) {
		return jdbc.sql("select count(*) from profiles." + table + " where user_id = ?")
			.param(userId)
			.query(Integer.class)
			.single();
	}

	private void limit(UUID userId, String table, String field) {
		if (count(userId, table) >= MAX_ENTRIES) {
			throw new ProfileRejected(field, "profile.entries.tooMany");
		}
	}

	static String text(String field, String value, int max) {
		String trimmed = value == null ? "" : value.trim();
		if (trimmed.length() > max) {
			throw new ProfileRejected(field, "profile.text.tooLong");
		}
		return trimmed;
	}

	static String required(String field, String value, int max) {
		String trimmed = text(field, value, max);
		if (trimmed.isEmpty()) {
			throw new ProfileRejected(field, "profile.text.required");
		}
		return trimmed;
	}
}
