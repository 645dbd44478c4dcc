package com.alujrat.profiles.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.alujrat.platform.DataRows;
import com.alujrat.platform.PersonalData;
import com.alujrat.platform.StaffAccess;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The public face: a freelancer's or employer's profile with its sections, visibility choices and pictures. */
@Component
class ProfileRecords implements PersonalData, StaffAccess {

	private final JdbcClient jdbc;

	ProfileRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String category() {
		return "profile";
	}

	@Override
	public String description() {
		return "Your profile: headline, about, rate, city, skills, experience, education, portfolio, company details and who may see each section.";
	}

	@Override
	public long count(UserId user) {
		return DataRows.count(jdbc, """
				select (select count(*) from profiles.freelancer_profiles where user_id = ?)
				     + (select count(*) from profiles.employer_profiles where user_id = ?)
				     + (select count(*) from profiles.experience where user_id = ?)
				     + (select count(*) from profiles.education where user_id = ?)
				     + (select count(*) from profiles.portfolio_items where user_id = ?)""",
				user.value(), user.value(), user.value(), user.value(), user.value());
	}

	@Override
	public String correctionPath() {
		return "/profile";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		Object id = user.value();
		List<Map<String, Object>> rows = new ArrayList<>();
		section(rows, "freelancerProfile", """
				select headline, bio, hourly_rate_paisa, languages, city, area, availability, verified, created_at,
				       updated_at, array(select skill_id from profiles.freelancer_skills s where s.user_id = p.user_id) as skills
				from profiles.freelancer_profiles p where user_id = ?""", id);
		section(rows, "employerProfile", """
				select company_name, company_size, website, description, city, area, verified, updated_at
				from profiles.employer_profiles where user_id = ?""", id);
		section(rows, "experience", """
				select title, organisation, started, ended, description from profiles.experience
				where user_id = ? order by position""", id);
		section(rows, "education", """
				select institution, degree, start_year, end_year from profiles.education
				where user_id = ? order by position""", id);
		section(rows, "portfolio", """
				select title, description, link from profiles.portfolio_items where user_id = ? order by position""", id);
		section(rows, "visibility", "select section, level from profiles.section_visibility where user_id = ?", id);
		return rows;
	}

	private void section(List<Map<String, Object>> rows, String record, String sql, Object id) {
		rows.addAll(DataRows.records(record, jdbc, sql, id));
	}

	@Override
	public List<File> files(UserId user) {
		return jdbc.sql("""
				select photo_key from profiles.freelancer_profiles where user_id = :u and photo_key is not null
				union all select photo_key from profiles.employer_profiles where user_id = :u and photo_key is not null
				union all select i.image_key from profiles.portfolio_images i
				    join profiles.portfolio_items p on p.id = i.item_id where p.user_id = :u""")
			.param("u", user.value())
			.query(String.class)
			.list()
			.stream()
			.map(key -> new File("profile/" + key.replace('/', '_'), key))
			.toList();
	}

	@Override
	public List<Look> of(UserId user) {
		return jdbc.sql("select viewed_at, purpose from profiles.staff_views where subject_id = ? order by viewed_at desc")
			.param(user.value())
			.query((rs, n) -> new Look(rs.getTimestamp("viewed_at").toInstant(), "ADMIN", "access.what.profile",
					rs.getString("purpose")))
			.list();
	}
}
