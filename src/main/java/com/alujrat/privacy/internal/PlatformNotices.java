package com.alujrat.privacy.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.alujrat.accounts.Accounts;
import com.alujrat.notifications.Notifications;
import com.alujrat.notifications.Topic;
import com.alujrat.platform.NotFound;
import com.alujrat.platform.Rejected;
import com.alujrat.shared.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices about the platform itself (policy 3.4): a merger, acquisition or sale. Staff publish one in English and
 * Urdu; it is mailed to every open account and shown as a banner, with the user's choices, until they have read it.
 */
@Service
public class PlatformNotices {

	public enum Kind {
		MERGER, ACQUISITION, SALE
	}

	public record Notice(UUID id, Kind kind, String titleEn, String bodyEn, String titleUr, String bodyUr,
			Instant publishedAt) {

		public String title(Locale locale) {
			return "ur".equals(locale.getLanguage()) ? titleUr : titleEn;
		}

		public String body(Locale locale) {
			return "ur".equals(locale.getLanguage()) ? bodyUr : bodyEn;
		}
	}

	record Published(UUID id) {
	}

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlatformNotices(JdbcClient jdbc, Accounts accounts, Notifications notifications, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public UUID publish(Kind kind, String titleEn, String bodyEn, String titleUr, String bodyUr, UserId staff) {
		if (kind == null) {
			throw new Rejected("kind", "transfer.field.invalid");
		}
		require("titleEn", titleEn, 200);
		require("bodyEn", bodyEn, 10_000);
		require("titleUr", titleUr, 200);
		require("bodyUr", bodyUr, 10_000);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into privacy.platform_notices (id, kind, title_en, body_en, title_ur, body_ur, published_by,
				    published_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, kind.name(), titleEn.strip(), bodyEn.strip(), titleUr.strip(), bodyUr.strip(), staff.value(),
					Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(new Published(id));
		return id;
	}

	private static void require(String field, String value, int max) {
		if (value == null || value.isBlank() || value.length() > max) {
			throw new Rejected(field, "transfer.field.invalid");
		}
	}

	@ApplicationModuleListener
	void on(Published published) {
		UserId after = null;
		List<UserId> batch;
		do {
			batch = accounts.openAfter(after, BATCH);
			batch.forEach(user -> notifications.notify(user, Topic.ACCOUNT, "businessTransfer",
					"/notices/" + published.id()));
			after = batch.isEmpty() ? null : batch.get(batch.size() - 1);
		}
		while (batch.size() == BATCH);
	}

	public Notice find(UUID id) {
		return jdbc.sql("select * from privacy.platform_notices where id = ?")
			.param(id)
			.query(PlatformNotices::row)
			.optional()
			.orElseThrow(() -> new NotFound("No such notice."));
	}

	public List<Notice> all() {
		return jdbc.sql("select * from privacy.platform_notices order by published_at desc").query(PlatformNotices::row).list();
	}

	/** Notices published since the user joined that they have not marked read. */
	public List<Notice> unread(UserId user) {
		return jdbc.sql("""
				select n.* from privacy.platform_notices n
				where n.published_at > (select min(a.accepted_at) from privacy.policy_acceptances a where a.user_id = :user)
				  and not exists (select 1 from privacy.platform_notice_reads r where r.notice_id = n.id and r.user_id = :user)
				order by n.published_at desc""")
			.param("user", user.value())
			.query(PlatformNotices::row)
			.list();
	}

	@Transactional
	public void read(UserId user, UUID id) {
		find(id);
		jdbc.sql("""
				insert into privacy.platform_notice_reads (notice_id, user_id, read_at) values (?, ?, ?)
				on conflict do nothing""")
			.params(id, user.value(), Timestamp.from(clock.instant()))
			.update();
	}

	private static Notice row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Notice(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")), rs.getString("title_en"),
				rs.getString("body_en"), rs.getString("title_ur"), rs.getString("body_ur"),
				rs.getTimestamp("published_at").toInstant());
	}
}
