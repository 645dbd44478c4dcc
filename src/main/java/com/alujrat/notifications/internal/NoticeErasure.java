package com.alujrat.notifications.internal;

import java.util.UUID;

import com.alujrat.platform.Erasable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notices, choices, consent and live events of the person go, and so does any development-outbox mail or text to
 * their addresses and phone (the outbox exists only outside production, but it is a table like any other).
 */
@Component
class NoticeErasure implements Erasable {

	private final JdbcClient jdbc;

	NoticeErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void erase(Person person) {
		UUID id = person.id().value();
		for (String table : new String[] { "notices", "preferences", "marketing_consents", "live_events" }) {
			jdbc.sql("delete from notifications." + table + " where user_id = ?").param(id).update();
		}
		java.util.List<String> addresses = new java.util.ArrayList<>(person.emails());
		addresses.addAll(person.phones());
		for (String email : addresses) {
			jdbc.sql("delete from notifications.dev_outbox where lower(recipient) = lower(?)").param(email).update();
		}
	}
}
