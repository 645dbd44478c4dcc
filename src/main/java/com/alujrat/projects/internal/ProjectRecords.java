package com.alujrat.projects.internal;

import java.util.List;
import java.util.Map;

import com.alujrat.platform.DataRows;
import com.alujrat.platform.PersonalData;
import com.alujrat.platform.StaffAccess;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The projects an employer posted, with the invitations they sent. */
@Component
class ProjectRecords implements PersonalData, StaffAccess {

	private final JdbcClient jdbc;

	ProjectRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String category() {
		return "projects";
	}

	@Override
	public String description() {
		return "Projects you posted (drafts included) and the freelancers you invited to them.";
	}

	@Override
	public long count(UserId user) {
		return DataRows.count(jdbc, "select count(*) from projects.projects where employer_id = ?", user.value());
	}

	@Override
	public String correctionPath() {
		return "/projects";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		List<Map<String, Object>> rows = DataRows.of(jdbc, """
				select id, title, description, category, skills, budget_type, budget_min, budget_max, deadline,
				       location_mode, city, area, visibility, status, created_at, published_at, expires_at
				from projects.projects where employer_id = ? order by created_at""", user.value());
		rows.forEach(row -> row.put("invited", DataRows.of(jdbc,
				"select freelancer_id, invited_at from projects.invitations where project_id = cast(? as uuid)",
				row.get("id"))));
		return rows;
	}

	/** Staff opened a draft or invitation-only project of this employer, which registered users could not. */
	@Override
	public List<Look> of(UserId user) {
		return jdbc.sql("""
				select v.viewed_at, v.purpose from projects.staff_views v join projects.projects p on p.id = v.project_id
				where p.employer_id = ? order by v.viewed_at desc""")
			.param(user.value())
			.query((rs, n) -> new Look(rs.getTimestamp("viewed_at").toInstant(), "STAFF", "access.what.project",
					rs.getString("purpose")))
			.list();
	}
}
