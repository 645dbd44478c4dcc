package com.alujrat.verification.internal;

import java.util.List;
import java.util.Map;

import com.alujrat.platform.DataRows;
import com.alujrat.platform.PersonalData;
import com.alujrat.platform.StaffAccess;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Identity verification as its owner may read it back: the status, the document's kind and last digit, the phone.
 * Never the document number or the photos; those only VERIFIER staff see, and each look is listed here.
 */
@Component
class VerificationRecords implements PersonalData, StaffAccess {

	private final JdbcClient jdbc;

	VerificationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String category() {
		return "verification";
	}

	@Override
	public String description() {
		return "Identity verification: each submission's document type, country, last digit, status and decision, and your confirmed phone. Not the document number or photos.";
	}

	@Override
	public long count(UserId user) {
		return DataRows.count(jdbc, """
				select (select count(*) from verification.submissions where user_id = :u)
				     + (select count(*) from verification.phones where user_id = :u)""".replace(":u", "?"),
				user.value(), user.value());
	}

	@Override
	public String correctionPath() {
		return "/account/verification";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		List<Map<String, Object>> rows = DataRows.of(jdbc, """
				select 'submission' as record, legal_name, document_type, document_country, number_last_digit, status,
				       reason, submitted_at, decided_at
				from verification.submissions where user_id = ? order by submitted_at""", user.value());
		rows.addAll(DataRows.of(jdbc, """
				select 'phone' as record, phone_e164 as phone, confirmed_at from verification.phones where user_id = ?""",
				user.value()));
		return rows;
	}

	@Override
	public List<Look> of(UserId user) {
		return jdbc.sql("""
				select viewed_at, viewed, purpose from verification.document_access_log
				where subject_user_id = ? order by viewed_at desc""")
			.param(user.value())
			.query((rs, n) -> new Look(rs.getTimestamp("viewed_at").toInstant(), "VERIFIER",
					"access.what.documents", rs.getString("purpose")))
			.list();
	}
}
