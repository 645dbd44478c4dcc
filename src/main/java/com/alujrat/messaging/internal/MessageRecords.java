package com.alujrat.messaging.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.alujrat.platform.DataRows;
import com.alujrat.platform.PersonalData;
import com.alujrat.platform.StaffAccess;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The user's conversations with every message in them as the user is shown it: the other party's contact details
 * stay masked where they are masked on screen, a removed message stays removed.
 */
@Component
class MessageRecords implements PersonalData, StaffAccess {

	private final JdbcClient jdbc;

	private final Messages messages;

	MessageRecords(JdbcClient jdbc, Messages messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public String category() {
		return "messages";
	}

	@Override
	public String description() {
		return "Your conversations and the messages in them as you see them (yours in full; the other party's with contact details masked until a hire), and who you blocked.";
	}

	@Override
	public long count(UserId user) {
		return DataRows.count(jdbc, "select count(*) from messaging.messages where sender_id = ?", user.value());
	}

	@Override
	public String correctionPath() {
		return "/messages";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> conversation : DataRows.records("conversation", jdbc, """
				select c.id, c.title, c.context, c.created_at from messaging.conversations c
				join messaging.participants p on p.conversation_id = c.id
				where p.user_id = ? and p.role <> 'STAFF' order by c.created_at""", user.value())) {
			conversation.put("messages", thread(UUID.fromString((String) conversation.get("id")), user));
			rows.add(conversation);
		}
		rows.addAll(DataRows.records("block", jdbc,
				"select blocked_id, created_at from messaging.blocks where blocker_id = ?", user.value()));
		return rows;
	}

	private List<Map<String, Object>> thread(UUID conversation, UserId user) {
		List<Map<String, Object>> thread = new ArrayList<>();
		Long after = 0L;
		while (after != null) {
			Messages.Page page = messages.of(conversation, user, after);
			page.items().forEach(m -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("mine", m.mine());
				row.put("kind", m.kind());
				row.put("body", m.body());
				row.put("masked", m.masked());
				row.put("removed", m.hidden());
				row.put("sentAt", m.createdAt().toString());
				row.put("files", m.files().stream().map(f -> f.name()).toList());
				thread.add(row);
			});
			after = page.next() == null ? null : Long.valueOf(page.next());
		}
		return thread;
	}

	@Override
	public List<Look> of(UserId user) {
		return jdbc.sql("""
				select v.viewed_at, v.purpose from messaging.staff_views v
				join messaging.conversations c on c.id = v.conversation_id
				where c.employer_id = :u or c.freelancer_id = :u order by v.viewed_at desc""")
			.param("u", user.value())
			.query((rs, n) -> new Look(rs.getTimestamp("viewed_at").toInstant(), "SUPPORT",
					"access.what.conversation", rs.getString("purpose")))
			.list();
	}
}
