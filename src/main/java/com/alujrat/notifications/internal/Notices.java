package com.alujrat.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.notifications.Delivery;
import com.alujrat.notifications.Recipients;
import com.alujrat.notifications.Topic;
import com.alujrat.platform.NotFound;
import com.alujrat.shared.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The in-app notifications: written as the user's preference allows, listed, counted and marked read. */
@Component
public class Notices {

	public static final int PAGE = 20;

	private final JdbcClient jdbc;

	private final Preferences preferences;

	private final Recipients recipients;

	private final LiveStream live;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Notices(JdbcClient jdbc, Preferences preferences, Recipients recipients, LiveStream live,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.preferences = preferences;
		this.recipients = recipients;
		this.live = live;
		this.events = events;
		this.clock = clock;
	}

	/** One notification as stored: its words are rendered in the reader's language when shown. */
	public record Notice(UUID id, Topic topic, String kind, List<String> args, String link, Instant createdAt,
			Instant readAt) {

		public boolean unread() {
			return readAt == null;
		}
	}

	@Transactional
	public void tell(UserId to, Topic topic, String kind, String link, List<String> args, boolean sms) {
		if (recipients.find(to).isEmpty()) {
			return;
		}
		Delivery delivery = topic.locked() ? Delivery.EMAIL : preferences.delivery(to, topic);
		if (delivery.shown()) {
			UUID id = UUID.randomUUID();
			jdbc.sql("""
					insert into notifications.notices (id, user_id, topic, kind, args, link, created_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, to.value(), topic.name(), kind, args.toArray(String[]::new), link,
						Timestamp.from(clock.instant()))
				.update();
			live.append(to, "notification", Map.of("id", id, "topic", topic.name(), "unread", unread(to)));
		}
		if (delivery.mailed()) {
			events.publishEvent(new MailDue(to, kind, link, args, sms));
		}
	}

	@Transactional
	public void mailOnly(UserId to, Topic topic, String kind, String link, List<String> args) {
		if (preferences.delivery(to, topic).mailed()) {
			events.publishEvent(new MailDue(to, kind, link, args, false));
		}
	}

	/** Newest first; {@code after} is the id of the last notification of the page before. */
	public List<Notice> of(UserId user, UUID after) {
		return jdbc.sql("""
				select id, topic, kind, args, link, created_at, read_at from notifications.notices
				where user_id = :user and (cast(:after as uuid) is null or (created_at, id) <
				    (select created_at, id from notifications.notices where id = :after and user_id = :user))
				order by created_at desc, id desc limit :limit""")
			.param("user", user.value())
			.param("after", after)
			.param("limit", PAGE + 1)
			.query((rs, n) -> new Notice(rs.getObject(1, UUID.class), Topic.valueOf(rs.getString(2)), rs.getString(3),
					List.of((String[]) rs.getArray(4).getArray()), rs.getString(5), rs.getTimestamp(6).toInstant(),
					Optional.ofNullable(rs.getTimestamp(7)).map(Timestamp::toInstant).orElse(null)))
			.list();
	}

	public int unread(UserId user) {
		return jdbc.sql("select count(*) from notifications.notices where user_id = ? and read_at is null")
			.param(user.value())
			.query(Integer.class)
			.single();
	}

	/** Marks one of the user's notifications read; another user's id is not found. Answers its link. */
	@Transactional
	public Optional<String> read(UserId user, UUID id) {
		List<Optional<String>> links = jdbc.sql("""
				update notifications.notices set read_at = coalesce(read_at, ?) where id = ? and user_id = ?
				returning link""")
			.params(Timestamp.from(clock.instant()), id, user.value())
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.list();
		if (links.isEmpty()) {
			throw new NotFound("No such notification.");
		}
		live.append(user, "notification", Map.of("id", id, "unread", unread(user)));
		return links.get(0);
	}

	@Transactional
	public void readAll(UserId user) {
		jdbc.sql("update notifications.notices set read_at = ? where user_id = ? and read_at is null")
			.params(Timestamp.from(clock.instant()), user.value())
			.update();
		live.append(user, "notification", Map.of("unread", 0));
	}
}
