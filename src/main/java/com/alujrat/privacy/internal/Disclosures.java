package com.alujrat.privacy.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.alujrat.accounts.Accounts;
import com.alujrat.notifications.Notifications;
import com.alujrat.notifications.Topic;
import com.alujrat.platform.FileStore;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.PersonalData;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.UserId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of disclosures to authorities (policy 3.3), kept by LEGAL staff. Recording one produces the scoped
 * export (only the categories disclosed, only the people concerned), whose every download is logged. The people
 * concerned are told by mail and in the app at once, or, when telling them is prohibited, on the day the prohibition
 * lapses; until then the disclosure is neither shown to them nor sent.
 */
@Service
public class Disclosures {

	private static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final YourData yourData;

	private final DataArchive archive;

	private final FileStore files;

	private final Notifications notifications;

	private final Clock clock;

	Disclosures(JdbcClient jdbc, Accounts accounts, YourData yourData, DataArchive archive, FileStore files,
			Notifications notifications, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.yourData = yourData;
		this.archive = archive;
		this.files = files;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** {@code prohibitedUntil} null with {@code prohibited} means until LEGAL lifts it. */
	public record Entry(String authority, String reference, String legalBasis, LocalDate disclosedOn,
			List<String> categories, List<String> emails, boolean prohibited, LocalDate prohibitedUntil) {
	}

	public record Disclosure(UUID id, String authority, String reference, String legalBasis, LocalDate disclosedOn,
			List<String> categories, boolean prohibited, LocalDate prohibitedUntil, Instant recordedAt, int people) {
	}

	@Transactional
	public UUID record(Entry entry, UserId staff) {
		require("authority", entry.authority(), 300);
		require("reference", entry.reference(), 300);
		require("legalBasis", entry.legalBasis(), 2000);
		if (entry.disclosedOn() == null || entry.disclosedOn().isAfter(today())) {
			throw new Rejected("disclosedOn", "disclosure.date.invalid");
		}
		Set<String> known = yourData.sources().stream().map(PersonalData::category).collect(java.util.stream.Collectors.toSet());
		if (entry.categories() == null || entry.categories().isEmpty() || !known.containsAll(entry.categories())) {
			throw new Rejected("categories", "disclosure.categories.invalid");
		}
		if (entry.prohibitedUntil() != null && !entry.prohibitedUntil().isAfter(today())) {
			throw new Rejected("prohibitedUntil", "disclosure.until.invalid");
		}
		Map<String, UserId> people = new LinkedHashMap<>();
		for (String email : entry.emails() == null ? List.<String>of() : entry.emails()) {
			if (!email.isBlank()) {
				people.put(email.strip(), accounts.findByEmail(email)
					.orElseThrow(() -> new Rejected("emails", "disclosure.email.unknown", org.springframework.http.HttpStatus.BAD_REQUEST,
							"validation", email.strip()))
					.id());
			}
		}
		if (people.isEmpty()) {
			throw new Rejected("emails", "disclosure.emails.required");
		}
		// A date until which telling is prohibited is a prohibition, whether or not the box was ticked.
		boolean prohibited = entry.prohibited() || entry.prohibitedUntil() != null;
		UUID id = UUID.randomUUID();
		String key = "disclosures/" + id + ".zip";
		List<PersonalData> scoped = yourData.sources().stream().filter(s -> entry.categories().contains(s.category())).toList();
		Map<String, UserId> folders = new LinkedHashMap<>();
		people.values().forEach(user -> folders.put(user.value().toString(), user));
		files.put(key, archive.zip(folders, scoped, percent -> {
		}));
		jdbc.sql("""
				insert into privacy.disclosures (id, authority, reference, legal_basis, disclosed_on, categories,
				    prohibited, prohibited_until, recorded_by, recorded_at, export_key)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, entry.authority().strip(), entry.reference().strip(), entry.legalBasis().strip(),
					Date.valueOf(entry.disclosedOn()), entry.categories().toArray(String[]::new), prohibited,
					entry.prohibitedUntil() == null ? null : Date.valueOf(entry.prohibitedUntil()), staff.value(),
					Timestamp.from(clock.instant()), key)
			.update();
		people.values()
			.forEach(user -> jdbc.sql("insert into privacy.disclosure_subjects (disclosure_id, user_id) values (?, ?)")
				.params(id, user.value())
				.update());
		if (!prohibited) {
			tell(id);
		}
		return id;
	}

	private static void require(String field, String value, int max) {
		if (value == null || value.isBlank() || value.length() > max) {
			throw new Rejected(field, "disclosure.field.invalid");
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), KARACHI);
	}

	/** LEGAL lifts a prohibition (the order ended early): the people concerned are told now. */
	@Transactional
	public void lift(UUID id) {
		if (jdbc.sql("update privacy.disclosures set prohibited = false, prohibited_until = null where id = ?")
			.param(id)
			.update() == 0) {
			throw new NotFound("No such disclosure.");
		}
		tell(id);
	}

	/** Every hour: disclosures whose prohibition lapsed by {@code now} are told to their people. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
	@SchedulerLock(name = "lapsedDisclosures")
	public void tellLapsed() {
		tellLapsed(clock.instant());
	}

	@Transactional
	public void tellLapsed(Instant now) {
		jdbc.sql("""
				select id from privacy.disclosures where prohibited and prohibited_until is not null
				  and prohibited_until <= ?""")
			.param(Date.valueOf(LocalDate.ofInstant(now, KARACHI)))
			.query(UUID.class)
			.list()
			.forEach(id -> {
				jdbc.sql("update privacy.disclosures set prohibited = false where id = ?").param(id).update();
				tell(id);
			});
	}

	private void tell(UUID id) {
		Disclosure disclosure = find(id);
		jdbc.sql("""
				update privacy.disclosure_subjects set notified_at = ? where disclosure_id = ? and notified_at is null
				returning user_id""")
			.params(Timestamp.from(clock.instant()), id)
			.query(UUID.class)
			.list()
			.forEach(user -> notifications.notify(new UserId(user), Topic.ACCOUNT, "dataDisclosed", "/account/access-log",
					disclosure.authority(), disclosure.reference()));
	}

	public Disclosure find(UUID id) {
		return jdbc.sql(SELECT + " where d.id = ?").param(id).query(Disclosures::row).optional()
			.orElseThrow(() -> new NotFound("No such disclosure."));
	}

	public List<Disclosure> register() {
		return jdbc.sql(SELECT + " order by d.disclosed_on desc, d.recorded_at desc limit 200").query(Disclosures::row).list();
	}

	/** The disclosures about this person they may know of: told, so no longer under a prohibition. */
	public List<Disclosure> about(UserId user) {
		return jdbc.sql(SELECT + """
				 join privacy.disclosure_subjects s on s.disclosure_id = d.id
				where s.user_id = ? and s.notified_at is not null order by d.disclosed_on desc""")
			.param(user.value())
			.query(Disclosures::row)
			.list();
	}

	/** Whether a disclosure about the person is still under a prohibition: nothing may hint at it. */
	public boolean gagged(UserId user) {
		return jdbc.sql("""
				select exists (select 1 from privacy.disclosure_subjects s join privacy.disclosures d on d.id = s.disclosure_id
				               where s.user_id = ? and s.notified_at is null)""")
			.param(user.value())
			.query(Boolean.class)
			.single();
	}

	/** The scoped export for the authority; each download is logged with who took it. */
	@Transactional
	public byte[] export(UUID id, UserId staff) {
		String key = jdbc.sql("select export_key from privacy.disclosures where id = ?").param(id).query(String.class)
			.optional()
			.orElseThrow(() -> new NotFound("No such disclosure."));
		jdbc.sql("insert into privacy.disclosure_downloads (disclosure_id, staff_id, downloaded_at) values (?, ?, ?)")
			.params(id, staff.value(), Timestamp.from(clock.instant()))
			.update();
		return files.get(key).orElseThrow(() -> new NotFound("No such disclosure."));
	}

	private static final String SELECT = """
			select d.*, (select count(*) from privacy.disclosure_subjects x where x.disclosure_id = d.id) as people
			from privacy.disclosures d""";

	private static Disclosure row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Date until = rs.getDate("prohibited_until");
		return new Disclosure(rs.getObject("id", UUID.class), rs.getString("authority"), rs.getString("reference"),
				rs.getString("legal_basis"), rs.getDate("disclosed_on").toLocalDate(),
				List.of((String[]) rs.getArray("categories").getArray()), rs.getBoolean("prohibited"),
				until == null ? null : until.toLocalDate(), rs.getTimestamp("recorded_at").toInstant(),
				rs.getInt("people"));
	}
}
