package com.alujrat.activity.internal;

import java.util.List;
import java.util.Map;

import com.alujrat.platform.DataRows;
import com.alujrat.platform.PersonalData;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The usage data kept about a person: their requests and actions, each marked security or analytics; the operator's
 * retention rule for "usage" deletes them, or takes the person out of the requests and drops the actions.
 */
@Component
class UsageRecords implements PersonalData, com.alujrat.platform.Retainable {

	private final JdbcClient jdbc;

	UsageRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String category() {
		return "usage";
	}

	@Override
	public String description() {
		return "Usage data: requests (time, IP address, browser, system, device, path, referrer, status) and actions, marked SECURITY (always kept: sign-ins, payments) or ANALYTICS (only with your consent).";
	}

	@Override
	public long count(UserId user) {
		return DataRows.count(jdbc, """
				select (select count(*) from activity.requests where user_id = ?)
				     + (select count(*) from activity.actions where user_id = ?)""", user.value(), user.value());
	}

	@Override
	public String correctionPath() {
		return "/cookies";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		List<Map<String, Object>> rows = DataRows.records("request", jdbc, """
				select at, ip, browser, os, device, method, path, referrer, status, purpose from activity.requests
				where user_id = ? order by at""", user.value());
		rows.addAll(DataRows.records("action", jdbc, """
				select at, kind, detail, purpose from activity.actions where user_id = ? order by at""", user.value()));
		return rows;
	}

	@Override
	public int delete(java.time.Instant cutoff, java.util.Set<java.util.UUID> held) {
		java.sql.Timestamp before = java.sql.Timestamp.from(cutoff);
		java.util.UUID[] kept = held.toArray(java.util.UUID[]::new);
		return jdbc.sql("delete from activity.requests where at < ? and (user_id is null or user_id <> all(?))")
			.params(before, kept)
			.update() + dropActions(before, kept);
	}

	@Override
	public int anonymise(java.time.Instant cutoff, java.util.Set<java.util.UUID> held) {
		java.sql.Timestamp before = java.sql.Timestamp.from(cutoff);
		java.util.UUID[] kept = held.toArray(java.util.UUID[]::new);
		return jdbc.sql("""
				update activity.requests set user_id = null, visitor_id = null, ip = null
				where at < ? and (user_id is not null or visitor_id is not null or ip is not null)
				  and (user_id is null or user_id <> all(?))""")
			.params(before, kept)
			.update() + dropActions(before, kept);
	}

	private int dropActions(java.sql.Timestamp before, java.util.UUID[] kept) {
		return jdbc.sql("delete from activity.actions where at < ? and user_id <> all(?)").params(before, kept).update();
	}
}
