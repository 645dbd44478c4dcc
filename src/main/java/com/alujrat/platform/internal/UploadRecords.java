package com.alujrat.platform.internal;

import java.util.List;
import java.util.Map;

import com.alujrat.platform.DataRows;
import com.alujrat.platform.PersonalData;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Files the user attached anywhere (messages, deliveries, tickets, projects): their names, and the files themselves. */
@Component
class UploadRecords implements PersonalData {

	private final JdbcClient jdbc;

	UploadRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String category() {
		return "files";
	}

	@Override
	public String description() {
		return "Files you attached to messages, deliveries, tickets and projects; the files themselves are in the uploads folder.";
	}

	@Override
	public long count(UserId user) {
		return DataRows.count(jdbc, "select count(*) from platform.attachments where added_by = ?", user.value());
	}

	@Override
	public String correctionPath() {
		return "/messages";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		return DataRows.of(jdbc, """
				select id, owner_kind as attached_to, name, content_type, size, added_at from platform.attachments
				where added_by = ? order by added_at""", user.value());
	}

	@Override
	public List<File> files(UserId user) {
		return jdbc.sql("select id, name, file_key from platform.attachments where added_by = ? order by added_at")
			.param(user.value())
			.query((rs, n) -> new File("uploads/" + rs.getString("id") + "-" + safe(rs.getString("name")),
					rs.getString("file_key")))
			.list();
	}

	/** A name that cannot climb out of its folder in the ZIP. */
	private static String safe(String name) {
		return name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
	}
}
