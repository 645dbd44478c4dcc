package com.alujrat.projects.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.alujrat.platform.NotFound;
import com.alujrat.profiles.Taxonomy;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import com.alujrat.notifications.Notifications;
import com.alujrat.notifications.Topic;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved searches with in-app alerts: each shows how many matching projects were published since its owner last
 * opened it (email alerts follow with notifications, issue E). At most 20 per freelancer.
 */
@Service
public class SavedSearches {

	static final int MAX = 20;

	private final JdbcClient jdbc;

	private final ProjectSearch search;

	private final Taxonomy taxonomy;

	private final Clock clock;

	private final Notifications notifications;

	SavedSearches(JdbcClient jdbc, ProjectSearch search, Taxonomy taxonomy, Clock clock, Notifications notifications) {
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.search = search;
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	/** A saved search with its filters as the API takes them and how many projects are new since it was seen. */
	public record Saved(UUID id, String name, String query, int newMatches, Instant seenAt) {
	}

	/** Saves the search given as a query string ("q=shopify&category=software"), refusing bad filters by name. */
	@Transactional
	public UUID save(SignedInUser freelancer, String name, String query) {
		String title = name == null ? "" : name.strip();
		if (title.isEmpty() || title.length() > 80) {
			throw new ProjectRejected("name", "savedSearch.name.invalid");
		}
		SearchFilters filters = parse(query);
		int count = jdbc.sql("select count(*) from projects.saved_searches where freelancer_id = ?")
			.param(freelancer.id().value())
			.query(Integer.class)
			.single();
		if (count >= MAX) {
			throw new ProjectRejected("name", "savedSearch.tooMany", MAX);
		}
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("insert into projects.saved_searches (id, freelancer_id, name, query, created_at, seen_at) values (?, ?, ?, ?, ?, ?)")
			.params(id, freelancer.id().value(), title, filters.query(), now, now)
			.update();
		return id;
	}

	public List<Saved> of(SignedInUser freelancer) {
		return jdbc.sql("select id, name, query, seen_at from projects.saved_searches where freelancer_id = ? order by created_at desc")
			.param(freelancer.id().value())
			.query((rs, n) -> new Saved(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("query"), 0,
					rs.getTimestamp("seen_at").toInstant()))
			.list()
			.stream()
			.map(s -> new Saved(s.id(), s.name(), s.query(), newSince(freelancer, s), s.seenAt()))
			.toList();
	}

	/** The owner opens the search: its new matches count as seen; its query is returned to show the results. */
	@Transactional
	public String open(UUID id, UserId freelancer) {
		return jdbc.sql("update projects.saved_searches set seen_at = ? where id = ? and freelancer_id = ? returning query")
			.params(Timestamp.from(clock.instant()), id, freelancer.value())
			.query(String.class)
			.optional()
			.orElseThrow(SavedSearches::notFound);
	}

	@Transactional
	public void delete(UUID id, UserId freelancer) {
		if (jdbc.sql("delete from projects.saved_searches where id = ? and freelancer_id = ?")
			.params(id, freelancer.value())
			.update() == 0) {
			throw notFound();
		}
	}

	/**
	 * Tells each owner of a saved search how many projects matched it since they last looked or were told (once a
	 * day, by the job); answers how many were told.
	 */
	@Transactional
	public int notifyNewMatches() {
		record Due(UUID id, UUID freelancerId, String name, String query, Instant since) {
		}
		List<Due> searches = jdbc.sql("""
				select id, freelancer_id, name, query, greatest(seen_at, coalesce(notified_at, seen_at)) as since
				from projects.saved_searches""")
			.query(Due.class)
			.list();
		int told = 0;
		for (Due due : searches) {
			SignedInUser owner = new SignedInUser(new UserId(due.freelancerId()), "", "FREELANCER", true, Set.of(), false);
			int count = newSince(owner, new Saved(due.id(), due.name(), due.query(), 0, due.since()));
			if (count > 0) {
				notifications.notify(owner.id(), Topic.SAVED_SEARCHES, "savedSearchMatches", "/projects/saved", count,
						due.name());
				jdbc.sql("update projects.saved_searches set notified_at = ? where id = ?")
					.params(Timestamp.from(clock.instant()), due.id())
					.update();
				told++;
			}
		}
		return told;
	}

	/** New matches since the search was seen; none for a search whose filters no longer exist (a skill removed). */
	private int newSince(SignedInUser freelancer, Saved saved) {
		try {
			return search.countSince(freelancer, parse(saved.query()), saved.seenAt());
		}
		catch (ProjectRejected outdated) {
			return 0;
		}
	}

	private SearchFilters parse(String query) {
		Map<String, String> values = new HashMap<>();
		if (query != null && query.length() <= 2_000) {
			for (String pair : query.split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return SearchFilters.parse(values.get("q"), values.get("category"), values.get("skills"),
				values.get("budgetType"), values.get("budgetMin"), values.get("budgetMax"), values.get("mode"),
				values.get("city"), values.get("postedWithin"), values.get("sort"), taxonomy);
	}

	private static NotFound notFound() {
		return new NotFound("No such saved search.");
	}
}
