package com.alujrat.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.alujrat.platform.Erasable;
import com.alujrat.platform.FileStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The person's uploaded files, rate-limit counters keyed by their address, and delivered event publications that
 * carry them (a delivered event is kept only as a record; one that names an erased person must not).
 */
@Component
class PlatformErasure implements Erasable {

	private final JdbcClient jdbc;

	private final FileStore files;

	PlatformErasure(JdbcClient jdbc, FileStore files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	@Override
	public void erase(Person person) {
		UUID id = person.id().value();
		jdbc.sql("select file_key from platform.attachments where added_by = ?")
			.param(id)
			.query(String.class)
			.list()
			.forEach(files::delete);
		jdbc.sql("delete from platform.attachments where added_by = ?").param(id).update();
		List<String> traces = new ArrayList<>(person.emails());
		traces.addAll(person.names());
		traces.addAll(person.phones());
		traces.add(id.toString());
		for (String trace : traces) {
			jdbc.sql("delete from platform.rate_limits where strpos(lower(key), lower(?)) > 0").param(trace).update();
			jdbc.sql("delete from event_publication where completion_date is not null and strpos(serialized_event, ?) > 0")
				.param(trace)
				.update();
		}
	}
}
