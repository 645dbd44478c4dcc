package com.alujrat.profiles.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.alujrat.profiles.Taxonomy;
import com.alujrat.accounts.Account;
import com.alujrat.accounts.Accounts;
import com.alujrat.platform.Keyset;
import com.alujrat.profiles.Section;
import com.alujrat.profiles.Viewer;
import com.alujrat.profiles.Visibility;
import com.alujrat.shared.Money;
import com.alujrat.shared.PersonName;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The freelancer directory. A filter only matches what the searcher may see of a profile: a profile whose skills
 * are private is never found by skill, one whose location is after-hire never by city. Newest first, by keyset;
 * a page costs three queries whatever its size.
 */
@Service
public class Directory {

	static final int PAGE = 20;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Taxonomy taxonomy;

	Directory(JdbcClient jdbc, Accounts accounts, Taxonomy taxonomy) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.taxonomy = taxonomy;
	}

	public record Filters(String skill, String category, String city, Long minRate, Long maxRate, boolean verifiedOnly,
			String q) {

		/** Every filter that is set, URL-encoded, for links that keep the search (the next page, say). */
		public String query() {
			StringBuilder query = new StringBuilder();
			append(query, "q", q);
			append(query, "skill", skill);
			append(query, "category", category);
			append(query, "city", city);
			append(query, "minRate", minRate == null ? null : minRate.toString());
			append(query, "maxRate", maxRate == null ? null : maxRate.toString());
			append(query, "verified", verifiedOnly ? "true" : null);
			return query.toString();
		}

		private static void append(StringBuilder query, String name, String value) {
			if (value != null && !value.isBlank()) {
				query.append(query.isEmpty() ? "" : "&").append(name).append('=')
					.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
			}
		}
	}

	/** One freelancer in the results, each field there only if the searcher may see it (null otherwise). */
	public record Card(UUID userId, String name, boolean verified, String photoUrl, String headline,
			List<Taxonomy.Skill> skills, Money hourlyRate, String city, String availability) {
	}

	public record Page(List<Card> items, String next) {
	}

	public Page search(Viewer searcher, Filters filters, String after) {
		return search(searcher, filters, after, PAGE);
	}

	/** One page of at most {@code size} (1 to 50) profiles after the cursor. */
	public Page search(Viewer searcher, Filters filters, String after, int size) {
		if (size < 1 || size > 50) {
			throw new ProfileRejected("limit", "profile.limit.invalid");
		}
		Keyset cursor = Keyset.parse(after, "after");
		List<Row> rows = jdbc.sql("""
				select p.user_id, p.created_at, p.headline, p.hourly_rate_paisa, p.city, p.availability,
				       p.photo_key is not null, p.verified,
				       array(select s.skill_id from profiles.freelancer_skills s where s.user_id = p.user_id order by 1)
				from profiles.freelancer_profiles p
				where p.headline <> '' and p.listed
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
				order by p.created_at desc, p.user_id desc limit :limit""".formatted(visible(Section.SKILLS),
				visible(Section.LOCATION), visible(Section.RATE), visible(Section.HEADLINE), visible(Section.BIO)))
			.param("after", cursor == null ? null : cursor.timestamp())
			.param("afterId", cursor == null ? null : cursor.id())
			.param("verifiedOnly", filters.verifiedOnly())
			.param("skill", blankToNull(filters.skill()))
			.param("category", blankToNull(filters.category()))
			.param("city", blankToNull(filters.city()))
			.param("minRate", filters.minRate() == null ? null : filters.minRate() * 100)
			.param("maxRate", filters.maxRate() == null ? null : filters.maxRate() * 100)
			.param("q", blankToNull(filters.q()))
			.param("levels", levelsFor(searcher))
			.param("limit", size + 1)
			.query((rs, n) -> {
				long paisa = rs.getLong(4);
				Money rate = rs.wasNull() ? null : new Money(paisa);
				return new Row(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3), rate,
						rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8),
						Arrays.asList((String[]) rs.getArray(9).getArray()));
			})
			.list();
		boolean more = rows.size() > size;
		List<Row> page = more ? rows.subList(0, size) : rows;
		List<Card> cards = cards(page, searcher);
		Row last = page.isEmpty() ? null : page.get(page.size() - 1);
		return new Page(cards, more ? new Keyset(last.createdAt(), last.userId()).toString() : null);
	}

	private List<Card> cards(List<Row> rows, Viewer searcher) {
		List<UUID> ids = rows.stream().map(Row::userId).toList();
		Map<UUID, Account> owners = accounts.findAll(ids.stream().map(UserId::new).toList())
			.stream()
			.collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
		Map<UUID, Map<Section, Visibility>> settings = settings(ids);
		List<Card> cards = new ArrayList<>();
		for (Row row : rows) {
			Account owner = owners.get(row.userId());
			if (owner == null || owner.status() == com.alujrat.accounts.AccountStatus.CLOSED) {
				continue;
			}
			Map<Section, Visibility> shown = settings.get(row.userId());
			cards.add(new Card(row.userId(),
					searcher == Viewer.STAFF ? owner.fullName() : PersonName.shortForm(owner.fullName()), row.verified(),
					row.hasPhoto() && allows(shown, Section.PHOTO, searcher) ? "/profiles/" + row.userId() + "/photo"
							: null,
					allows(shown, Section.HEADLINE, searcher) ? row.headline() : null,
					allows(shown, Section.SKILLS, searcher) ? row.skills().stream().map(taxonomy::skill).toList() : null,
					allows(shown, Section.RATE, searcher) ? row.rate() : null,
					allows(shown, Section.LOCATION, searcher) ? row.city() : null,
					allows(shown, Section.AVAILABILITY, searcher) ? row.availability() : null));
		}
		return cards;
	}

	/** Everyone's stored choices in one query; sections without one take their default. */
	private Map<UUID, Map<Section, Visibility>> settings(List<UUID> ids) {
		Map<UUID, Map<Section, Visibility>> settings = new HashMap<>();
		ids.forEach(id -> settings.put(id, new EnumMap<>(Section.class)));
		if (!ids.isEmpty()) {
			jdbc.sql("select user_id, section, level from profiles.section_visibility where user_id = any(?)")
				.param(ids.toArray(UUID[]::new))
				.query((rs, n) -> {
					settings.get(rs.getObject(1, UUID.class))
						.put(Section.valueOf(rs.getString(2)), Visibility.valueOf(rs.getString(3)));
					return null;
				})
				.list();
		}
		return settings;
	}

	private static boolean allows(Map<Section, Visibility> chosen, Section section, Viewer searcher) {
		return chosen.getOrDefault(section, section.byDefault()).allows(searcher);
	}

	/** SQL for "the searcher may see this section": the stored choice, or the section's default. */
	private static String visible(Section section) {
		return "coalesce((select v.level from profiles.section_visibility v where v.user_id = p.user_id and v.section = '"
				+ section.name() + "'), '" + section.byDefault().name() + "') = any(:levels)";
	}

	private static String[] levelsFor(Viewer searcher) {
		return Arrays.stream(Visibility.values())
			.filter(level -> level.allows(searcher))
			.map(Enum::name)
			.toArray(String[]::new);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private record Row(UUID userId, Instant createdAt, String headline, Money rate, String city, String availability,
			boolean hasPhoto, boolean verified, List<String> skills) {
	}
}
