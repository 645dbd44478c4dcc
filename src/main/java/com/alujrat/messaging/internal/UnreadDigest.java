package com.alujrat.messaging.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.alujrat.notifications.Notifications;
import com.alujrat.notifications.Topic;
import com.alujrat.shared.UserId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages left unread for 30 minutes are mailed as one digest per person (not a mail per message), once: a message
 * a digest has counted is not counted again.
 */
@Component
public class UnreadDigest {

	static final Duration WAIT = Duration.ofMinutes(30);

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final Clock clock;

	UnreadDigest(JdbcClient jdbc, Notifications notifications, Clock clock) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT3M")
	@SchedulerLock(name = "messaging-unread-digest", lockAtMostFor = "PT10M")
	public void run() {
		send();
	}

	/** Mails each person their unread messages older than 30 minutes; answers how many people were mailed. */
	@Transactional
	public int send() {
		List<Due> due = jdbc.sql("""
				select p.user_id, count(*) as messages, count(distinct p.conversation_id) as conversations
				from messaging.participants p
				join messaging.messages m on m.conversation_id = p.conversation_id
				    and m.seq > greatest(p.last_read_seq, p.digested_seq)
				where p.role <> 'STAFF' and m.sender_id is not null and m.sender_id <> p.user_id and m.hidden_at is null
				    and m.created_at <= ?
				group by p.user_id""")
			.param(Timestamp.from(clock.instant().minus(WAIT)))
			.query(Due.class)
			.list();
		for (Due d : due) {
			notifications.mail(new UserId(d.userId()), Topic.MESSAGES, "unreadMessages", "/messages", d.messages(),
					d.conversations());
			jdbc.sql("""
					update messaging.participants p set digested_seq = latest.seq
					from (select conversation_id, max(seq) as seq from messaging.messages where created_at <= ?
					    group by conversation_id) latest
					where p.user_id = ? and latest.conversation_id = p.conversation_id and p.digested_seq < latest.seq""")
				.params(Timestamp.from(clock.instant().minus(WAIT)), d.userId())
				.update();
		}
		return due.size();
	}

	record Due(UUID userId, long messages, long conversations) {
	}
}
