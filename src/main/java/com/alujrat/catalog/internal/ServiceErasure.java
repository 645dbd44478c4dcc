package com.alujrat.catalog.internal;

import java.util.UUID;

import com.alujrat.platform.Erasable;
import com.alujrat.platform.FileStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The person's services lose their words and pictures (and stay paused); answers they gave in orders go. */
@Component
class ServiceErasure implements Erasable {

	private final JdbcClient jdbc;

	private final FileStore files;

	ServiceErasure(JdbcClient jdbc, FileStore files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	@Override
	public void erase(Person person) {
		UUID id = person.id().value();
		jdbc.sql("select g.image_key from catalog.gallery g join catalog.services s on s.id = g.service_id where s.freelancer_id = ?")
			.param(id)
			.query(String.class)
			.list()
			.forEach(files::delete);
		jdbc.sql("delete from catalog.gallery where service_id in (select id from catalog.services where freelancer_id = ?)")
			.param(id)
			.update();
		jdbc.sql("""
				update catalog.services set title = 'Removed service', description = '', questions = '{}',
				    search = ''::tsvector, status = 'PAUSED'
				where freelancer_id = ?""")
			.param(id)
			.update();
		jdbc.sql("update catalog.orders set answers = '{}' where employer_id = ?").param(id).update();
	}
}
