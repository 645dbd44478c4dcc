package com.alujrat.support.internal;

import java.util.UUID;

import com.alujrat.platform.Erasable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The person's tickets lose their name, address and the words they wrote; the staff side stays. */
@Component
class TicketErasure implements Erasable {

	private final JdbcClient jdbc;

	TicketErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void erase(Person person) {
		UUID id = person.id().value();
		String[] emails = person.emails().stream().map(String::toLowerCase).toArray(String[]::new);
		jdbc.sql("""
				update support.ticket_messages set body = '' where not from_staff and ticket_id in
				    (select id from support.tickets where user_id = ? or lower(email) = any(?))""")
			.params(id, emails)
			.update();
		jdbc.sql("""
				update support.tickets set name = '', email = 'erased-' || id || '@erased.invalid', subject = '',
				    rating_comment = null
				where user_id = ? or lower(email) = any(?)""")
			.params(id, emails)
			.update();
	}
}
