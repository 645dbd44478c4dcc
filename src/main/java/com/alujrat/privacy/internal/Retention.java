package com.alujrat.privacy.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.alujrat.platform.Rejected;
import com.alujrat.platform.Retainable;
import com.alujrat.shared.UserId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention rules per data category, from {@code alujrat.privacy.retention.<category>}: {@code INDEFINITE} (the
 * default, as policy sections 4.3 and 5.2 say), {@code DELETE_AFTER <period>} or {@code ANONYMISE_AFTER <period>}
 * (ISO-8601, e.g. P2Y). A daily job applies them; a legal hold on a person keeps their records whatever the rule; every
 * run is written to the retention log. The Privacy Policy page shows the rules in force.
 */
@Service
public class Retention {

	public enum Action {
		INDEFINITE, DELETE_AFTER, ANONYMISE_AFTER
	}

	public record Rule(String category, Action action, Period period) {

		/** The period in the reader's words ("2 years 6 months"). */
		public String period(java.util.function.BiFunction<String, Integer, String> words) {
			List<String> parts = new java.util.ArrayList<>();
			if (period.getYears() > 0) {
				parts.add(words.apply("period.years", period.getYears()));
			}
			if (period.getMonths() > 0) {
				parts.add(words.apply("period.months", period.getMonths()));
			}
			if (period.getDays() > 0 || parts.isEmpty()) {
				parts.add(words.apply("period.days", period.getDays()));
			}
			return String.join(" ", parts);
		}

		static Rule parse(String category, String value) {
			String[] parts = value == null ? new String[] { "INDEFINITE" } : value.strip().split("\\s+");
			try {
				Action action = Action.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
				if (action == Action.INDEFINITE) {
					return new Rule(category, action, null);
				}
				return new Rule(category, action, Period.parse(parts[1]));
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("alujrat.privacy.retention." + category
						+ " must be INDEFINITE, DELETE_AFTER <period> or ANONYMISE_AFTER <period>, not: " + value, ex);
			}
		}
	}

	private final Map<String, Retainable> categories;

	private final Map<String, Rule> rules;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final org.springframework.transaction.support.TransactionTemplate transactions;

	private final org.springframework.context.ApplicationEventPublisher events;

	Retention(List<Retainable> retainables, Environment environment, JdbcClient jdbc, Clock clock,
			org.springframework.transaction.PlatformTransactionManager transactions,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.categories = retainables.stream()
			.collect(Collectors.toMap(Retainable::category, Function.identity(), (a, b) -> a, TreeMap::new));
		this.rules = new TreeMap<>();
		categories.keySet()
			.forEach(c -> rules.put(c, Rule.parse(c, environment.getProperty("alujrat.privacy.retention." + c))));
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every category that has a rule, and the rule configured for it (INDEFINITE when none is). */
	public List<Rule> rules() {
		return List.copyOf(rules.values());
	}

	@Scheduled(cron = "0 30 3 * * *", zone = "Asia/Karachi")
	@SchedulerLock(name = "retention", lockAtMostFor = "PT2H")
	public void applyNow() {
		apply(clock.instant());
	}

	/**
	 * Applies every rule as of {@code now}, each category in its own transaction with its log line (one failing
	 * category does not undo the others); holds are read again for each.
	 */
	public void apply(Instant now) {
		for (Rule rule : rules.values()) {
			if (rule.action() == Action.INDEFINITE) {
				continue;
			}
			try {
				transactions.executeWithoutResult(status -> apply(rule, now, held()));
			}
			catch (RuntimeException failed) {
				org.slf4j.LoggerFactory.getLogger(Retention.class).error("Retention of {} failed", rule.category(), failed);
			}
		}
	}

	private void apply(Rule rule, Instant now, Set<UUID> held) {
		Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(rule.period()).toInstant();
		Retainable category = categories.get(rule.category());
		int affected = rule.action() == Action.DELETE_AFTER ? category.delete(cutoff, held)
				: category.anonymise(cutoff, held);
		jdbc.sql("""
				insert into privacy.retention_log (ran_at, category, action, cutoff, affected, held)
				values (?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(now), rule.category(),
					rule.action() == Action.DELETE_AFTER ? "DELETE" : "ANONYMISE", Timestamp.from(cutoff), affected,
					held.size())
			.update();
	}

	private Set<UUID> held() {
		return new HashSet<>(jdbc.sql("select user_id from privacy.legal_holds where released_at is null")
			.query(UUID.class)
			.list());
	}

	public record Hold(UUID id, UserId user, String reason, Instant placedAt) {
	}

	/** LEGAL places a hold: the person's records stay, whatever the retention rules, until it is released. */
	@Transactional
	public UUID hold(UserId user, String reason, UserId staff) {
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new Rejected("reason", "privacy.hold.reasonRequired");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into privacy.legal_holds (id, user_id, reason, placed_by, placed_at) values (?, ?, ?, ?, ?)""")
			.params(id, user.value(), reason.strip(), staff.value(), Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	/** A released hold; what it held back (a guardian's withdrawal) may go ahead. */
	record HoldReleased(UserId user) {
	}

	@Transactional
	public void release(UUID hold, UserId staff) {
		UUID user = jdbc.sql("""
				update privacy.legal_holds set released_by = ?, released_at = ? where id = ? and released_at is null
				returning user_id""")
			.params(staff.value(), Timestamp.from(clock.instant()), hold)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new Rejected("id", "privacy.hold.unknown", HttpStatus.NOT_FOUND, "not-found"));
		events.publishEvent(new HoldReleased(new UserId(user)));
	}

	public List<Hold> holds() {
		return jdbc.sql("""
				select id, user_id, reason, placed_at from privacy.legal_holds where released_at is null
				order by placed_at desc""")
			.query((rs, n) -> new Hold(rs.getObject("id", UUID.class), new UserId(rs.getObject("user_id", UUID.class)),
					rs.getString("reason"), rs.getTimestamp("placed_at").toInstant()))
			.list();
	}

	public boolean held(UserId user) {
		return jdbc.sql("select exists (select 1 from privacy.legal_holds where user_id = ? and released_at is null)")
			.param(user.value())
			.query(Boolean.class)
			.single();
	}

	public record Run(Instant ranAt, String category, String action, Instant cutoff, int affected, int held) {
	}

	/** The latest runs' results, newest first. */
	public List<Run> recentRuns() {
		return jdbc.sql("select * from privacy.retention_log order by ran_at desc, id desc limit 50")
			.query((rs, n) -> new Run(rs.getTimestamp("ran_at").toInstant(), rs.getString("category"),
					rs.getString("action"), rs.getTimestamp("cutoff").toInstant(), rs.getInt("affected"),
					rs.getInt("held")))
			.list();
	}
}
