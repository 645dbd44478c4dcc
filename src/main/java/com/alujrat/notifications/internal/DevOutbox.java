package com.alujrat.notifications.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The development outbox: messages that would have gone out by mail or SMS, kept in the database for
 * {@code /dev/outbox}. It never exists in the {@code prod} profile.
 */
@Component
@Profile("!prod")
public class DevOutbox {

	private final JdbcClient jdbc;

	DevOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void keep(com.alujrat.notifications.Email email) {
		String headers = email.headers().isEmpty() ? null : email.headers().entrySet().stream()
			.map(h -> h.getKey() + ": " + h.getValue()).sorted().collect(java.util.stream.Collectors.joining("\n"));
		jdbc.sql("insert into notifications.dev_outbox (recipient, subject, text_body, html_body, headers) values (?, ?, ?, ?, ?)")
			.params(email.to(), email.subject(), email.text(), email.html(), headers)
			.update();
	}

	void keep(String recipient, String subject, String text) {
		jdbc.sql("insert into notifications.dev_outbox (recipient, subject, text_body) values (?, ?, ?)")
			.params(recipient, subject, text)
			.update();
	}

	public List<OutboxMessage> newestFirst(String to, int limit) {
		return jdbc.sql("""
				select recipient, subject, text_body, html_body, sent_at, headers from notifications.dev_outbox
				where (cast(:to as text) is null or recipient = :to)
				order by sent_at desc, id desc limit :limit""")
			.param("to", to)
			.param("limit", limit)
			.query((rs, n) -> new OutboxMessage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
	}

	public record OutboxMessage(String to, String subject, String text, String html, Instant sentAt, String headers) {
	}
}
