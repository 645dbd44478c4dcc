package com.alujrat.support.internal;

import java.util.List;
import java.util.Map;

import com.alujrat.platform.DataRows;
import com.alujrat.platform.PersonalData;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The user's support tickets and the conversation on each, without the staff's internal notes. */
@Component
class TicketRecords implements PersonalData {

	private final JdbcClient jdbc;

	TicketRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String category() {
		return "support";
	}

	@Override
	public String description() {
		return "Support tickets you opened and the replies on them (staff's internal notes are not included).";
	}

	@Override
	public long count(UserId user) {
		return DataRows.count(jdbc, "select count(*) from support.tickets where user_id = ?", user.value());
	}

	@Override
	public String correctionPath() {
		return "/support/tickets";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		List<Map<String, Object>> rows = DataRows.of(jdbc, """
				select id, number, category, subject, status, rating, rating_comment, created_at, updated_at
				from support.tickets where user_id = ? order by created_at""", user.value());
		rows.forEach(ticket -> ticket.put("messages", DataRows.of(jdbc, """
				select from_staff, body, created_at from support.ticket_messages
				where ticket_id = cast(? as uuid) and not internal order by created_at""", ticket.get("id"))));
		return rows;
	}
}
