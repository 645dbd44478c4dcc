package com.alujrat.projects.internal;

import java.util.List;
import java.util.Map;

import com.alujrat.platform.DataRows;
import com.alujrat.platform.PersonalData;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A freelancer's bids, and the searches they saved. */
@Component
class BidRecords implements PersonalData {

	private final JdbcClient jdbc;

	BidRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String category() {
		return "bids";
	}

	@Override
	public String description() {
		return "Bids you placed (amount in paisa, delivery days, cover letter, status) and the project searches you saved.";
	}

	@Override
	public long count(UserId user) {
		return DataRows.count(jdbc, "select count(*) from projects.bids where freelancer_id = ?", user.value());
	}

	@Override
	public String correctionPath() {
		return "/bids";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		List<Map<String, Object>> rows = DataRows.records("bid", jdbc, """
				select b.project_id, p.title as project_title, b.amount, b.delivery_days, b.cover_letter, b.status,
				       b.created_at, b.updated_at
				from projects.bids b join projects.projects p on p.id = b.project_id
				where b.freelancer_id = ? order by b.created_at""", user.value());
		rows.addAll(DataRows.records("savedSearch", jdbc, """
				select name, query, created_at from projects.saved_searches where freelancer_id = ? order by created_at""",
				user.value()));
		return rows;
	}
}
