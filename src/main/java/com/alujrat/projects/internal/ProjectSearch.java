package com.alujrat.projects.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.alujrat.platform.Rejected;
import com.alujrat.platform.TextSearch;
import com.alujrat.shared.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Full-text search over the open projects the searcher may see: freelancers those open to all (with plan access)
 * and those they were invited to, employers only their own, staff those open to all. Weighted {@code tsvector}
 * (title, skills, description) under both 'english' and 'simple', {@code websearch_to_tsquery}; filters; sorted by
 * relevance (among the newest 200 matches), newest or budget, paged by keyset. Only the filters that are set reach
 * the SQL, so each search gets a plan for its own shape.
 */
@Service
public class ProjectSearch {

	static final int PAGE = 20;

	/** How many of the newest matches a relevance sort ranks. */
	static final int RANKED = 200;


	private final JdbcClient jdbc;

	private final ProjectSight sight;

	private final Clock clock;

	private final ProjectStore store;

	ProjectSearch(JdbcClient jdbc, ProjectSight sight, Clock clock, ProjectStore store) {
		this.store = store;
		this.jdbc = jdbc;
		this.sight = sight;
		this.clock = clock;
	}

	/** A project in the results, with how many bid on it as a range. */
	public record Hit(Project project, String bidRange, boolean featured) {
	}

	public record Page(List<Hit> items, String next) {
	}

	public Page search(SignedInUser searcher, SearchFilters filters, String after, int size) {
		if (size < 1 || size > 50) {
			throw new ProjectRejected("limit", "search.limit.invalid");
		}
		Map<String, Object> params = new HashMap<>();
		String where = where(searcher, filters, params);
		boolean text = filters.q() != null;
		Order order = Order.of(filters.sort());
		String rank = text ? "ts_rank_cd(p.search, query.q)" : "0";
		String inner = "select " + ProjectStore.COLUMNS + ", " + rank + " as rank, " + (order == Order.RELEVANCE ? rank : order.key) + " as sort_key"
				+ " from projects.projects p"
				+ (text ? TextSearch.QUERY : "")
				+ " where " + where
				// Relevance ranks the newest matches only: ranking every match of a common word would cost seconds.
				+ (order == Order.RELEVANCE ? " order by p.published_at desc limit " + RANKED : "");
		String sql = "select * from (" + inner + ") p" + order.after(after, params) + " order by p.sort_key desc, p.id desc limit :limit";
		params.put("limit", size + 1);
		List<Ranked> rows = jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new Ranked(ProjectStore.project(rs, n), rs.getString("sort_key")))
			.list();
		boolean more = rows.size() > size;
		List<Ranked> shown = more ? rows.subList(0, size) : rows;
		List<UUID> ids = shown.stream().map(r -> r.project().id()).toList();
		Map<UUID, Integer> counts = bidCounts(ids);
		java.util.Set<UUID> featured = store.featured(ids);
		List<Hit> hits = shown.stream()
			.map(r -> new Hit(r.project(), Bidding.range(counts.getOrDefault(r.project().id(), 0)),
					featured.contains(r.project().id())))
			.toList();
		Ranked last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		return new Page(hits, more ? order.cursor(last) : null);
	}


	/** How many projects matching the filters were published since the given time (counted up to 100). */
	public int countSince(SignedInUser searcher, SearchFilters filters, Instant since) {
		Map<String, Object> params = new HashMap<>();
		String where = where(searcher, filters, params) + " and p.published_at > :seenAt";
		params.put("seenAt", Timestamp.from(since));
		boolean text = filters.q() != null;
		return jdbc.sql("select count(*) from (select 1 from projects.projects p"
				+ (text ? TextSearch.QUERY : "")
				+ " where " + where + " limit 100) found")
			.params(params)
			.query(Integer.class)
			.single();
	}

	/** The SQL condition for open projects the searcher may see that match the filters; its values go in params. */
	private String where(SignedInUser searcher, SearchFilters filters, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("p.status = 'OPEN' and ").append(shownTo(searcher, params));
		if (filters.q() != null) {
			where.append(" and p.search @@ query.q");
			params.put("q", filters.q());
		}
		filter(where, params, "category", "p.category = :category", filters.category());
		filter(where, params, "skills", "p.skills && cast(:skills as text[])",
				filters.skills().isEmpty() ? null : filters.skills().toArray(String[]::new));
		filter(where, params, "budgetType", "p.budget_type = :budgetType", filters.budgetType());
		filter(where, params, "budgetMin", "p.budget_max >= :budgetMin", filters.budgetMin());
		filter(where, params, "budgetMax", "p.budget_min <= :budgetMax", filters.budgetMax());
		filter(where, params, "mode", "p.location_mode = :mode", filters.mode());
		filter(where, params, "city", "lower(p.city) = lower(:city)", filters.city());
		filter(where, params, "since", "p.published_at >= :since", filters.postedWithin() == null ? null
				: Timestamp.from(clock.instant().minus(Duration.ofDays(filters.postedWithin()))));
		return where.toString();
	}

	private String shownTo(SignedInUser searcher, Map<String, Object> params) {
		if (searcher == null) {
			return "false";
		}
		params.put("me", searcher.id().value());
		if ("FREELANCER".equals(searcher.accountType())) {
			String invited = "exists (select 1 from projects.invitations i where i.project_id = p.id and i.freelancer_id = :me)";
			return sight.hasProjectAccess(searcher.id()) ? "(p.visibility = 'REGISTERED' or " + invited + ")"
					: invited;
		}
		if (searcher.isStaff() && searcher.twoFactor()) {
			return "p.visibility = 'REGISTERED'";
		}
		return "p.employer_id = :me";
	}

	private static void filter(StringBuilder where, Map<String, Object> params, String name, String condition,
			Object value) {
		if (value != null) {
			where.append(" and ").append(condition);
			params.put(name, value);
		}
	}

	private Map<UUID, Integer> bidCounts(List<UUID> projects) {
		Map<UUID, Integer> counts = new HashMap<>();
		if (!projects.isEmpty()) {
			jdbc.sql("""
					select project_id, count(*) from projects.bids
					where project_id = any(?) and status in ('ACTIVE', 'SHORTLISTED', 'HIRED') group by project_id""")
				.param(projects.toArray(UUID[]::new))
				.query((rs, n) -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2)))
				.list();
		}
		return counts;
	}

	private record Ranked(Project project, String sortKey) {
	}

	/**
	 * A sort order and its cursor, "{@code <sort>~<key>~<id>}": the cursor of one order is refused by another, so a
	 * changed sort starts again from the top instead of skipping.
	 */
	private enum Order {

		RELEVANCE("relevance", null, "real"), NEWEST("newest", "p.published_at", "timestamptz"),
		BUDGET("budget", "p.budget_max", "bigint");

		final String name;

		final String key;

		final String type;

		Order(String name, String key, String type) {
			this.name = name;
			this.key = key;
			this.type = type;
		}

		static Order of(String sort) {
			return switch (sort) {
				case "relevance" -> RELEVANCE;
				case "budget" -> BUDGET;
				default -> NEWEST;
			};
		}

		String after(String cursor, Map<String, Object> params) {
			if (cursor == null || cursor.isBlank()) {
				return "";
			}
			String[] parts = cursor.split("~", 3);
			try {
				if (parts.length != 3 || !parts[0].equals(name)) {
					throw new IllegalArgumentException(cursor);
				}
				params.put("afterKey", switch (this) {
					case RELEVANCE -> Float.valueOf(parts[1]);
					case NEWEST -> Timestamp.from(Instant.parse(parts[1]));
					case BUDGET -> Long.valueOf(parts[1]);
				});
				params.put("afterId", UUID.fromString(parts[2]));
			}
			catch (RuntimeException ex) {
				throw new Rejected("after", "list.cursor.invalid");
			}
			return " where (p.sort_key, p.id) < (cast(:afterKey as " + type + "), :afterId)";
		}

		String cursor(Ranked last) {
			String key = switch (this) {
				case RELEVANCE -> last.sortKey();
				case NEWEST -> last.project().publishedAt().toString();
				case BUDGET -> Long.toString(last.project().details().budgetMax());
			};
			return name + "~" + key + "~" + last.project().id();
		}
	}
}
