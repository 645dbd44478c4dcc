package com.alujrat.reviews.internal;

import java.util.List;
import java.util.Map;

import com.alujrat.platform.DataRows;
import com.alujrat.platform.PersonalData;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reviews the user wrote, and those written about them once they may be shown (double-blind: a review about the user
 * stays unseen until both are in or the window closes, in the export too).
 */
@Component
class ReviewRecords implements PersonalData {

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	ReviewRecords(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String category() {
		return "reviews";
	}

	@Override
	public String description() {
		return "Reviews you wrote, and reviews about you once they are published.";
	}

	@Override
	public long count(UserId user) {
		return DataRows.count(jdbc, "select count(*) from reviews.reviews where author_id = ?", user.value());
	}

	@Override
	public String correctionPath() {
		return "/contracts";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		List<Map<String, Object>> rows = DataRows.records("written", jdbc, """
				select contract_id, subject_id, rating, text, created_at, hidden_reason from reviews.reviews
				where author_id = ? order by created_at""", user.value());
		DataRows.of(jdbc.sql("""
				select 'received' as record, r.contract_id, r.rating, r.text, r.created_at from reviews.reviews r
				where r.subject_id = :user and r.hidden_at is null and """ + Reviews.SHOWN + " order by r.created_at")
			.param("user", user.value())
			.param("now", java.sql.Timestamp.from(clock.instant()))).forEach(rows::add);
		return rows;
	}
}
