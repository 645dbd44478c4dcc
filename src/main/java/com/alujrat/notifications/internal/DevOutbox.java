package com.alujrat.notifications.internal;

import java.time.Instant;
import java.util.List;

import com.alujrat.notifications.Email;
import com.alujrat.notifications.Emails;
import com.alujrat.notifications.TextMessages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps every outgoing message in the database so a developer can read it at /dev/outbox. */
@Component
@Profile("!prod")
@ConditionalOnExpression(DevOutbox.WITHOUT_SMTP)
public class DevOutbox implements Emails, TextMessages {

	/** Without SMTP, development mail lands in the outbox. The prod profile has no outbox at all. */
	public static final String WITHOUT_SMTP = "'${spring.mail.host:}' == ''";

	private final JdbcClient jdbc;

	DevOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void send(Email email) {
		jdbc.sql("insert into notifications.dev_outbox (recipient, subject, text_body, html_body) values (?, ?, ?, ?)")
			.params(email.to(), email.subject(), email.text(), email.html())
			.update();
	}

	/** An SMS lands beside the mail, addressed to the phone number, with "SMS" as its subject. */
	@Override
	public void send(String phoneE164, String text) {
		jdbc.sql("insert into notifications.dev_outbox (recipient, subject, text_body) values (?, 'SMS', ?)")
			.params(phoneE164, text)
			.update();
	}

	public List<OutboxMessage> newestFirst(String to, int limit) {
		return jdbc.sql("""
				select recipient, subject, text_body, html_body, sent_at from notifications.dev_outbox
				where (cast(:to as text) is null or recipient = :to)
				order by sent_at desc, id desc limit :limit""")
			.param("to", to)
			.param("limit", limit)
			.query((rs, n) -> new OutboxMessage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	public record OutboxMessage(String to, String subject, String text, String html, Instant sentAt) {
	}
}
