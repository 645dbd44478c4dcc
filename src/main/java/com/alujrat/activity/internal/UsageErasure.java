package com.alujrat.activity.internal;

import com.alujrat.platform.Erasable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every request and action of the person goes (the day's totals hold no one and stay). */
@Component
class UsageErasure implements Erasable {

	private final JdbcClient jdbc;

	private final UsageLog log;

	UsageErasure(JdbcClient jdbc, UsageLog log) {
		this.jdbc = jdbc;
		this.log = log;
	}

	@Override
	public void erase(Person person) {
		log.flush();
		jdbc.sql("delete from activity.requests where user_id = ?").param(person.id().value()).update();
		jdbc.sql("delete from activity.actions where user_id = ?").param(person.id().value()).update();
	}
}
