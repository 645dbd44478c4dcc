package com.alujrat.messaging.internal;

import java.util.UUID;

import com.alujrat.platform.Erasable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Messages the person wrote keep their place in the thread as "removed"; their words and report reasons go. */
@Component
class MessageErasure implements Erasable {

	private final JdbcClient jdbc;

	MessageErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void erase(Person person) {
		UUID id = person.id().value();
		jdbc.sql("""
				update messaging.messages set body = '', hidden_at = coalesce(hidden_at, now()), hidden_by = 'ERASURE'
				where sender_id = ?""")
			.param(id)
			.update();
		jdbc.sql("update messaging.reports set reason = '' where reporter_id = ?").param(id).update();
	}
}
