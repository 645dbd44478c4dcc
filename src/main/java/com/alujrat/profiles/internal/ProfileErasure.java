package com.alujrat.profiles.internal;

import java.util.UUID;

import com.alujrat.platform.Erasable;
import com.alujrat.platform.FileStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The profile with every section and picture goes. */
@Component
class ProfileErasure implements Erasable {

	private final JdbcClient jdbc;

	private final FileStore files;

	private final ProfileRecords records;

	ProfileErasure(JdbcClient jdbc, FileStore files, ProfileRecords records) {
		this.jdbc = jdbc;
		this.files = files;
		this.records = records;
	}

	@Override
	public void erase(Person person) {
		UUID id = person.id().value();
		records.files(person.id()).forEach(file -> files.delete(file.key()));
		jdbc.sql("delete from profiles.portfolio_images where item_id in (select id from profiles.portfolio_items where user_id = ?)")
			.param(id)
			.update();
		for (String table : new String[] { "portfolio_items", "experience", "education", "freelancer_skills",
				"section_visibility", "freelancer_profiles", "employer_profiles" }) {
			jdbc.sql("delete from profiles." + table + " where user_id = ?").param(id).update();
		}
	}
}
