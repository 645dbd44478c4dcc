package com.alujrat.projects.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.platform.TextSearch;
import com.alujrat.profiles.Taxonomy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Projects in PostgreSQL, each written with its search vector (skill names in English and Urdu included). */
@Repository
class ProjectStore {

	static final String COLUMNS = """
			p.id, p.employer_id, p.title, p.description, p.category, p.skills, p.budget_type, p.budget_min,
			p.budget_max, p.deadline, p.location_mode, p.city, p.area, p.visibility, p.status, p.created_at,
			p.published_at, p.expires_at""";

	private final JdbcClient jdbc;

	private final Taxonomy taxonomy;

	ProjectStore(JdbcClient jdbc, Taxonomy taxonomy) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
	}

	void insert(Project project) {
		ProjectDetails d = project.details();
		jdbc.sql("""
				insert into projects.projects (id, employer_id, title, description, category, skills, budget_type,
				    budget_min, budget_max, deadline, location_mode, city, area, visibility, status, created_at, search)
				values (:id, :employer, :title, :description, :category, :skills, :budgetType, :budgetMin, :budgetMax,
				    :deadline, :mode, :city, :area, :visibility, :status, :createdAt, %s)""".formatted(TextSearch.VECTOR))
			.param("id", project.id())
			.param("employer", project.employerId())
			.param("createdAt", Timestamp.from(project.createdAt()))
			.param("status", project.status().name())
			.params(detailParams(d))
			.update();
	}

	/** Writes the project's details and state as they are now (the caller holds the row lock). */
	void update(Project project) {
		ProjectDetails d = project.details();
		jdbc.sql("""
				update projects.projects set title = :title, description = :description, category = :category,
				    skills = :skills, budget_type = :budgetType, budget_min = :budgetMin, budget_max = :budgetMax,
				    deadline = :deadline, location_mode = :mode, city = :city, area = :area, visibility = :visibility,
				    status = :status, published_at = :publishedAt, expires_at = :expiresAt, search = %s
				where id = :id""".formatted(TextSearch.VECTOR))
			.param("id", project.id())
			.param("status", project.status().name())
			.param("publishedAt", project.publishedAt() == null ? null : Timestamp.from(project.publishedAt()))
			.param("expiresAt", project.expiresAt() == null ? null : Timestamp.from(project.expiresAt()))
			.params(detailParams(d))
			.update();
	}

	/** Which of these projects are featured (published while their employer's plan featured them). */
	java.util.Set<UUID> featured(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("select project_id from projects.featured where project_id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(UUID.class)
			.list());
	}

	Optional<Project> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from projects.projects p where p.id = ?")
			.param(id)
			.query(ProjectStore::project)
			.optional();
	}

	/** The project, its row locked until the transaction ends, so two steps on it never interleave. */
	Optional<Project> lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from projects.projects p where p.id = ? for update")
			.param(id)
			.query(ProjectStore::project)
			.optional();
	}

	private java.util.Map<String, Object> detailParams(ProjectDetails d) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("title", d.title());
		params.put("description", d.description());
		params.put("category", d.category());
		params.put("skills", d.skills().toArray(String[]::new));
		params.put("budgetType", d.budgetType());
		params.put("budgetMin", d.budgetMin());
		params.put("budgetMax", d.budgetMax());
		params.put("deadline", d.deadline() == null ? null : Date.valueOf(d.deadline()));
		params.put("mode", d.location().mode());
		params.put("city", d.location().city());
		params.put("area", d.location().area());
		params.put("visibility", d.visibility());
		params.put("skillNames", taxonomy.searchText(d.skills()));
		return params;
	}

	static Project project(ResultSet rs, int row) throws SQLException {
		Date deadline = rs.getDate("deadline");
		ProjectDetails details = new ProjectDetails(rs.getString("title"), rs.getString("description"),
				rs.getString("category"), strings(rs.getArray("skills")), rs.getString("budget_type"),
				rs.getLong("budget_min"), rs.getLong("budget_max"), deadline == null ? null : deadline.toLocalDate(),
				new ProjectDetails.Location(rs.getString("location_mode"), rs.getString("city"), rs.getString("area")),
				rs.getString("visibility"));
		return new Project(rs.getObject("id", UUID.class), rs.getObject("employer_id", UUID.class), details,
				Project.Status.valueOf(rs.getString("status")), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("published_at")), instant(rs.getTimestamp("expires_at")));
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
