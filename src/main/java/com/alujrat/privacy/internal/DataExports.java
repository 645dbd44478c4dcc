package com.alujrat.privacy.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.accounts.Accounts;
import com.alujrat.notifications.Notifications;
import com.alujrat.notifications.Topic;
import com.alujrat.platform.FileStore;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.UserId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A copy of everything "Your data" lists, as a ZIP of one JSON file per category (with a README describing each)
 * and the user's uploads. Asked for with the password, built in the background with its progress recorded, and
 * downloadable by its owner only, for seven days; then the file is deleted.
 */
@Service
public class DataExports {

	static final Duration KEPT = Duration.ofDays(7);

	/** Each copy reads everything the person has: a few a day are enough. */
	private static final int EXPORTS_PER_DAY = 3;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final YourData yourData;

	private final FileStore files;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final DataArchive archive;

	private final com.alujrat.platform.RateLimits limits;

	DataExports(JdbcClient jdbc, Accounts accounts, YourData yourData, FileStore files, Notifications notifications,
			ApplicationEventPublisher events, DataArchive archive, Clock clock,
			PlatformTransactionManager transactions, com.alujrat.platform.RateLimits limits) {
		this.limits = limits;
		this.archive = archive;
		this.transactions = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.yourData = yourData;
		this.files = files;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	public enum Status {
		PENDING, RUNNING, READY, FAILED
	}

	public record Export(UUID id, UserId owner, Status status, int progress, Long size, Instant requestedAt,
			Instant expiresAt) {

		public boolean downloadable(Instant now) {
			return status == Status.READY && expiresAt != null && expiresAt.isAfter(now);
		}
	}

	record ExportRequested(UUID id) {
	}

	/** Re-authenticates, then queues the export; one at a time per user (409 while one is being built). */
	@Transactional
	public UUID request(UserId user, String password) {
		accounts.requirePassword(user, password, "password");
		limits.require("data-export:" + user.value(), EXPORTS_PER_DAY, Duration.ofDays(1));
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("insert into privacy.data_exports (id, user_id, status, requested_at) values (?, ?, 'PENDING', ?)")
				.params(id, user.value(), Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException running) {
			throw new Rejected("password", "privacy.export.running", HttpStatus.CONFLICT, "export-running");
		}
		events.publishEvent(new ExportRequested(id));
		return id;
	}

	/** The export if it is the user's; anyone else's is not found. */
	public Export find(UUID id, UserId user) {
		return load(id).filter(e -> e.owner().equals(user)).orElseThrow(() -> new NotFound("No such export."));
	}

	public List<Export> of(UserId user) {
		return jdbc.sql("select * from privacy.data_exports where user_id = ? order by requested_at desc limit 5")
			.param(user.value())
			.query((rs, n) -> row(rs))
			.list();
	}

	/** The ZIP, for its owner, while it is kept; afterwards 410 Gone. */
	public byte[] download(UUID id, UserId user) {
		Export export = find(id, user);
		if (!export.downloadable(clock.instant())) {
			throw new Rejected("id", "privacy.export.unavailable", HttpStatus.GONE, "export-unavailable");
		}
		return files.get(key(id)).orElseThrow(() -> new NotFound("No such export."));
	}

	/**
	 * Builds outside a transaction, so that each step's progress is seen by the page as it happens; the outcome and
	 * the notification are written together.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ExportRequested requested) {
		Export export = load(requested.id()).orElse(null);
		if (export == null || export.status() == Status.READY || export.status() == Status.FAILED) {
			return;
		}
		byte[] zip;
		try {
			zip = build(export);
			files.put(key(export.id()), zip);
		}
		catch (RuntimeException | OutOfMemoryError failed) {
			transactions.executeWithoutResult(status -> {
				jdbc.sql("update privacy.data_exports set status = 'FAILED', finished_at = ? where id = ?")
					.params(Timestamp.from(clock.instant()), export.id())
					.update();
				notifications.notify(export.owner(), Topic.ACCOUNT, "dataExportFailed", "/account/data");
			});
			return;
		}
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> {
			jdbc.sql("""
					update privacy.data_exports set status = 'READY', progress = 100, file_key = ?, size = ?,
					    finished_at = ?, expires_at = ? where id = ?""")
				.params(key(export.id()), zip.length, Timestamp.from(now), Timestamp.from(now.plus(KEPT)), export.id())
				.update();
			notifications.notify(export.owner(), Topic.ACCOUNT, "dataExportReady", "/account/data");
		});
	}

	private byte[] build(Export export) {
		return archive.zip(java.util.Map.of("", export.owner()), yourData.sources(),
				percent -> progress(export.id(), percent));
	}

	private void progress(UUID id, int percent) {
		jdbc.sql("update privacy.data_exports set status = 'RUNNING', progress = ? where id = ?").params(percent, id).update();
	}

	/**
	 * Exports past their seven days lose their file; one still building after an hour (its node stopped) has failed,
	 * so that its owner may ask again.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "expireDataExports")
	public void deleteExpired() {
		jdbc.sql("""
				update privacy.data_exports set status = 'FAILED', finished_at = ?
				where status in ('PENDING', 'RUNNING') and requested_at < ?""")
			.params(Timestamp.from(clock.instant()), Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
			.update();
		jdbc.sql("""
				select id from privacy.data_exports where status = 'READY' and expires_at <= ? and file_key is not null""")
			.param(Timestamp.from(clock.instant()))
			.query(UUID.class)
			.list()
			.forEach(id -> {
				files.delete(key(id));
				jdbc.sql("update privacy.data_exports set file_key = null where id = ?").param(id).update();
			});
	}

	/** An erased person's copies go with them. */
	void forget(UserId user) {
		jdbc.sql("select id from privacy.data_exports where user_id = ?").param(user.value()).query(UUID.class).list()
			.forEach(id -> files.delete(key(id)));
		jdbc.sql("delete from privacy.data_exports where user_id = ?").param(user.value()).update();
	}

	private Optional<Export> load(UUID id) {
		return jdbc.sql("select * from privacy.data_exports where id = ?").param(id).query((rs, n) -> row(rs)).optional();
	}

	private static Export row(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp expires = rs.getTimestamp("expires_at");
		return new Export(rs.getObject("id", UUID.class), new UserId(rs.getObject("user_id", UUID.class)),
				Status.valueOf(rs.getString("status")), rs.getInt("progress"), rs.getObject("size", Long.class),
				rs.getTimestamp("requested_at").toInstant(), expires == null ? null : expires.toInstant());
	}

	private static String key(UUID id) {
		return "exports/" + id + ".zip";
	}
}
