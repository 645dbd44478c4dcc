package com.alujrat.profiles.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.alujrat.profiles.Viewer;
import com.alujrat.profiles.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The freelancer directory. A filter only matches what the searcher may see of a profile: a profile whose skills
 * are private is never found by skill, one whose location is after-hire never by city. Newest first, by keyset.
 */
@Service
public class Directory {

	static final int PAGE = 20;

	private final JdbcClient jdbc;

	private final ProfileViews views;

	Directory(JdbcClient jdbc, ProfileViews views) {
		this.jdbc = jdbc;
		this.views = views;
	}

	public record Filters(String skill, String category, String city, Long minRate, Long maxRate, boolean verifiedOnly,
			String q) {
	}

	public record Page(List<ProfileViews.FreelancerView> items, String next) {
	}

	public Page search(Viewer searcher, Filters filters, String after) {
		return search(searcher, filters, after, PAGE);
	}

	/** One page of at most {@code size} (1 to 50) profiles after the cursor. */
	public Page search(Viewer searcher, Filters filters, String after, int size) {
		if (size < 1 || size > 50) {
			throw new ProfileRejected("limit", "profile.limit.invalid");
		}
		Cursor cursor = Cursor.parse(after);
		String[] levels = levelsFor(searcher);
		List<UUID> ids = jdbc.sql("""
				select p.user_id, p.created_at from profiles.freelancer_profiles p
				where p.headline <> ''
				  and (cast(:after as timestamptz) is null or (p.created_at, p.user_id) < (:after, :afterId))
				  and (not :verifiedOnly or p.verified)
				  and (cast(:skill as text) is null or (%1$s and exists (select 1 from profiles.freelancer_skills s
				       where s.user_id = p.user_id and s.skill_id = :skill)))
				  and (cast(:category as text) is null or (%1$s and exists (select 1 from profiles.freelancer_skills s
				       join profiles.skills k on k.id = s.skill_id where s.user_id = p.user_id and k.category_id = :category)))
				  and (cast(:city as text) is null or (%2$s and lower(p.city) = lower(:city)))
				  and (cast(:minRate as bigint) is null or (%3$s and p.hourly_rate_paisa >= :minRate))
				  and (cast(:maxRate as bigint) is null or (%3$s and p.hourly_rate_paisa <= :maxRate))
				  and (cast(:q as text) is null
				       or (%4$s and to_tsvector('simple', p.headline) @@ plainto_tsquery('simple', :q))
				       or (%5$s and to_tsvector('simple', p.bio) @@ plainto_tsquery('simple', :q)))
				order by p.created_at desc, p.user_id desc limit :limit""".formatted(visible("SKILLS"),
				visible("LOCATION"), visible("RATE"), visible("HEADLINE"), visible("BIO")))
			.param("after", cursor == null ? null : Timestamp.from(cursor.createdAt()))
			.param("afterId", cursor == null ? null : cursor.userId())
			.param("verifiedOnly", filters.verifiedOnly())
			.param("skill", blankToNull(filters.skill()))
			.param("category", blankToNull(filters.category()))
			.param("city", blankToNull(filters.city()))
			.param("minRate", filters.minRate() == null ? null : filters.minRate() * 100)
			.param("maxRate", filters.maxRate() == null ? null : filters.maxRate() * 100)
			.param("q", blankToNull(filters.q()))
			.param("levels", levels)
			.param("limit", size + 1)
			.query((rs, n) -> new Cursor(rs.getTimestamp(2).toInstant(), rs.getObject(1, UUID.class)))
			.list()
			.stream()
			.map(c -> c.userId())
			.toList();
		boolean more = ids.size() > size;
		List<UUID> page = more ? ids.subList(0, size) : ids;
		List<ProfileViews.FreelancerView> items = page.stream()
			.map(id -> views.freelancer(id, searcher == Viewer.STAFF ? Viewer.STAFF : views.viewerOf(id)))
			.flatMap(java.util.Optional::stream)
			.toList();
		String next = more ? createdAt(page.get(page.size() - 1)) + "_" + page.get(page.size() - 1) : null;
		return new Page(items, next);
	}

	private String createdAt(UUID userId) {
		return jdbc.sql("select created_at from profiles.freelancer_profiles where user_id = ?")
			.param(userId)
			.query((rs, n) -> rs.getTimestamp(1).toInstant().toString())
			.single();
	}

	/** SQL for "the searcher may see this section": the stored choice, or the section's default. */
	private static String visible(String section) {
		return "coalesce((select v.level from profiles.section_visibility v where v.user_id = p.user_id and v.section = '"
				+ section + "'), '" + com.alujrat.profiles.Section.valueOf(section).byDefault().name()
				+ "') = any(:levels)";
	}

	private static String[] levelsFor(Viewer searcher) {
		return java.util.Arrays.stream(Visibility.values())
			.filter(level -> level.allows(searcher))
			.map(Enum::name)
			.toArray(String[]::new);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	record Cursor(Instant createdAt, UUID userId) {

		static Cursor parse(String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				String[] parts = text.split("_", 2);
				return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
			}
			catch (RuntimeException ex) {
				throw new ProfileRejected("after", "profile.cursor.invalid");
			}
		}
	}
}
