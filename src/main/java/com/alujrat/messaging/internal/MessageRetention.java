package com.alujrat.messaging.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.alujrat.platform.Retainable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The operator's retention rule for "messages": old messages go, or lose their words (that a message was sent stays).
 * A conversation with anyone under a legal hold keeps everything.
 */
@Component
class MessageRetention implements Retainable {

	// A reported message is evidence: it stays as long as its report.
	private static final String NOT_HELD = """
			conversation_id not in (select id from messaging.conversations
			                        where employer_id = any(:held) or freelancer_id = any(:held))
			and id not in (select message_id from messaging.reports where message_id is not null)""";

	private final JdbcClient jdbc;

	MessageRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String category() {
		return "messages";
	}

	@Override
	public int delete(Instant cutoff, Set<UUID> held) {
		return jdbc.sql("delete from messaging.messages where created_at < :cutoff and " + NOT_HELD)
			.param("cutoff", Timestamp.from(cutoff))
			.param("held", held.toArray(UUID[]::new))
			.update();
	}

	@Override
	public int anonymise(Instant cutoff, Set<UUID> held) {
		return jdbc.sql("update messaging.messages set body = '' where created_at < :cutoff and body <> '' and " + NOT_HELD)
			.param("cutoff", Timestamp.from(cutoff))
			.param("held", held.toArray(UUID[]::new))
			.update();
	}
}
