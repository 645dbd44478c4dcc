package com.alujrat.reviews.internal;

import com.alujrat.platform.Erasable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reviews the person wrote keep their rating (the other party's score depends on it) and lose their words. */
@Component
class ReviewErasure implements Erasable {

	private final JdbcClient jdbc;

	ReviewErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void erase(Person person) {
		jdbc.sql("update reviews.reviews set text = '' where author_id = ?").param(person.id().value()).update();
	}
}
