package com.alujrat.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.alujrat.platform.Erasable;
import com.alujrat.platform.FileStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The person's uploaded files, rate-limit counters keyed by their id, and delivered event publications that
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

	/** As a serialised event holds a value: in quotes, so that "a@b.pk" does not match "xa@b.pk". */
	private static String quoted(String value) {
		return "\"" + value + "\"";
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
		// Rate-limit keys hold ids, never addresses (those are hashed); delivered events are matched on the id and on
		// whole addresses only: a name or a short string could match other people's records.
		jdbc.sql("delete from platform.rate_limits where strpos(key, ?) > 0").param(id.toString()).update();
		List<String> traces = new ArrayList<>(person.emails());
		traces.addAll(person.phones());
		traces.add(id.toString());
		for (String trace : traces) {
			jdbc.sql("delete from event_publication where completion_date is not null and strpos(serialized_event, ?) > 0")
				.param(quoted(trace))
				.update();
		}
	}
}
