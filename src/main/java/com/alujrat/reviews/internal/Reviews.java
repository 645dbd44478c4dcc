package com.alujrat.reviews.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.Accounts;
import com.alujrat.contracts.ContractId;
import com.alujrat.contracts.Contracts;
import com.alujrat.platform.Keyset;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.profiles.Reputation;
import com.alujrat.reviews.ReviewHidden;
import com.alujrat.shared.PersonName;
import com.alujrat.shared.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews: written once by each party of an ended contract within 14 days of its end, shown (double-blind) when
 * both are in or the window has closed, never edited. Averages count shown reviews only, so a hidden rating never
 * leaks through them.
 */
@Service
public class Reviews implements Reputation {

	static final Duration WINDOW = Duration.ofDays(14);

	static final int PAGE = 20;

	/** SQL for "this review may be shown now" (r is the review). */
	static final String SHOWN = """
			(r.window_closes_at <= :now or exists (select 1 from reviews.reviews o
			    where o.contract_id = r.contract_id and o.author_id <> r.author_id))""";

	private final JdbcClient jdbc;

	private final Contracts contracts;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reviews(JdbcClient jdbc, Contracts contracts, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.contracts = contracts;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** A shown review; {@code text} is null when staff hid it. */
	public record Shown(UUID id, int rating, String text, boolean hidden, String authorName, Instant createdAt) {
	}

	public record Page(List<Shown> items, String next, double average, int count) {
	}

	/** Where a party of a contract stands with their review of the other. */
	public record Standing(Contracts.Parties contract, boolean written, boolean open, Instant closesAt) {
	}

	/** The contract as its party sees it for reviewing; "not found" for anyone else. */
	public Standing standing(UUID contractId, UserId author) {
		Contracts.Parties parties = contracts.parties(new ContractId(contractId))
			.filter(p -> p.includes(author))
			.orElseThrow(() -> new NotFound("No such contract."));
		boolean written = jdbc.sql("select exists (select 1 from reviews.reviews where contract_id = ? and author_id = ?)")
			.params(contractId, author.value())
			.query(Boolean.class)
			.single();
		Instant closes = parties.ended() ? parties.endedAt().plus(WINDOW) : null;
		return new Standing(parties, written, parties.ended() && clock.instant().isBefore(closes), closes);
	}

	@Transactional
	public UUID write(UUID contractId, UserId author, Integer rating, String text) {
		Standing standing = standing(contractId, author);
		if (!standing.contract().ended()) {
			throw Rejected.conflict("review.notEnded");
		}
		if (!standing.open()) {
			throw Rejected.conflict("review.closed");
		}
		if (rating == null || rating < 1 || rating > 5) {
			throw new Rejected("rating", "review.rating.invalid");
		}
		String clean = text == null ? "" : text.strip();
		if (clean.isEmpty() || clean.length() > 2_000) {
			throw new Rejected("text", "review.text.invalid");
		}
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into reviews.reviews (id, contract_id, author_id, subject_id, rating, text, created_at,
					    window_closes_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, contractId, author.value(), standing.contract().other(author).value(), rating, clean,
						Timestamp.from(clock.instant()), Timestamp.from(standing.closesAt()))
				.update();
		}
		catch (DuplicateKeyException twice) {
			throw Rejected.conflict("review.twice");
		}
		return id;
	}

	/** The shown reviews of a user, newest first, with the average and count of all of them. */
	public Page of(UserId subject, String after) {
		accounts.find(subject)
			.filter(a -> a.status() != com.alujrat.accounts.AccountStatus.CLOSED)
			.orElseThrow(() -> new NotFound("No such user."));
		Keyset cursor = Keyset.parse(after, "after");
		Timestamp now = Timestamp.from(clock.instant());
		List<Row> rows = jdbc.sql("""
				select r.id, r.rating, r.text, r.hidden_at is not null as hidden, r.author_id, r.created_at
				from reviews.reviews r where r.subject_id = :subject and %s
				  and (cast(:at as timestamptz) is null or (r.created_at, r.id) < (:at, :id))
				order by r.created_at desc, r.id desc limit :limit""".formatted(SHOWN))
			.param("subject", subject.value())
			.param("now", now)
			.param("at", cursor == null ? null : cursor.timestamp())
			.param("id", cursor == null ? null : cursor.id())
			.param("limit", PAGE + 1)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getInt("rating"), rs.getString("text"),
					rs.getBoolean("hidden"), rs.getObject("author_id", UUID.class),
					rs.getTimestamp("created_at").toInstant()))
			.list();
		boolean more = rows.size() > PAGE;
		List<Row> shown = more ? rows.subList(0, PAGE) : rows;
		Map<UUID, Account> authors = accounts.findAll(shown.stream().map(r -> new UserId(r.authorId())).toList())
			.stream()
			.collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
		List<Shown> items = shown.stream()
			.map(r -> new Shown(r.id(), r.rating(), r.hidden() ? null : r.text(), r.hidden(),
					authors.containsKey(r.authorId()) ? PersonName.shortForm(authors.get(r.authorId()).fullName()) : "",
					r.createdAt()))
			.toList();
		Row last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
		Rating rating = of(subject);
		return new Page(items, more ? new Keyset(last.createdAt(), last.id()).toString() : null, rating.average(),
				rating.count());
	}

	@Override
	public Rating of(UserId subject) {
		return jdbc.sql("select coalesce(avg(r.rating), 0), count(*) from reviews.reviews r where r.subject_id = :subject and "
				+ SHOWN)
			.param("subject", subject.value())
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> new Rating(Math.round(rs.getDouble(1) * 10) / 10.0, rs.getInt(2)))
			.single();
	}

	/** Staff hide a review's text (the rating stays); its author is told why. */
	@Transactional
	public void hide(UUID reviewId, UserId staff, String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw new Rejected("reason", "review.hide.reason");
		}
		UUID author = jdbc.sql("""
				update reviews.reviews set hidden_reason = ?, hidden_by = ?, hidden_at = ?
				where id = ? and hidden_at is null returning author_id""")
			.params(why, staff.value(), Timestamp.from(clock.instant()), reviewId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFound("No such review."));
		events.publishEvent(new ReviewHidden(reviewId, new UserId(author), why));
	}

	private record Row(UUID id, int rating, String text, boolean hidden, UUID authorId, Instant createdAt) {
	}
}
