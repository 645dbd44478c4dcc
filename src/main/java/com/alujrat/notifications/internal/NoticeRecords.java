package com.alujrat.notifications.internal;

import java.util.List;
import java.util.Map;

import com.alujrat.platform.DataRows;
import com.alujrat.platform.PersonalData;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notifications shown to the user, their delivery choices and their marketing consent. A retention rule for
 * "notifications" deletes old notices (a notice has nothing left to keep once the person is taken out).
 */
@Component
class NoticeRecords implements PersonalData, com.alujrat.platform.Retainable {

	private final JdbcClient jdbc;

	NoticeRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String category() {
		return "notifications";
	}

	@Override
	public String description() {
		return "Notifications sent to you, how you chose to receive each topic, and your marketing consent with when and where it was given or withdrawn.";
	}

	@Override
	public long count(UserId user) {
		return DataRows.count(jdbc, "select count(*) from notifications.notices where user_id = ?", user.value());
	}

	@Override
	public String correctionPath() {
		return "/account/notifications";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		Object id = user.value();
		List<Map<String, Object>> rows = DataRows.records("notice", jdbc, """
				select topic, kind, args, link, created_at, read_at from notifications.notices
				where user_id = ? order by created_at""", id);
		rows.addAll(DataRows.records("preference", jdbc,
				"select topic, delivery from notifications.preferences where user_id = ?", id));
		rows.addAll(DataRows.records("marketingConsent", jdbc,
				"select opted_in, changed_at, source from notifications.marketing_consents where user_id = ? order by changed_at",
				id));
		return rows;
	}

	@Override
	public int delete(java.time.Instant cutoff, java.util.Set<java.util.UUID> held) {
		return jdbc.sql("delete from notifications.notices where created_at < ? and user_id <> all(?)")
			.params(java.sql.Timestamp.from(cutoff), held.toArray(java.util.UUID[]::new))
			.update();
	}

	@Override
	public int anonymise(java.time.Instant cutoff, java.util.Set<java.util.UUID> held) {
		return delete(cutoff, held);
	}
}
