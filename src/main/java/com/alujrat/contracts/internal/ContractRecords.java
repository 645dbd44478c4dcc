package com.alujrat.contracts.internal;

import java.util.List;
import java.util.Map;

import com.alujrat.platform.DataRows;
import com.alujrat.platform.PersonalData;
import com.alujrat.platform.StaffAccess;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Offers, contracts and their milestones on either side, and disputes the user was party to. */
@Component
class ContractRecords implements PersonalData, StaffAccess {

	private final JdbcClient jdbc;

	ContractRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String category() {
		return "contracts";
	}

	@Override
	public String description() {
		return "Offers made or received, contracts with their terms and milestones (amounts in paisa), and disputes.";
	}

	@Override
	public long count(UserId user) {
		return DataRows.count(jdbc, """
				select (select count(*) from contracts.offers where employer_id = ? or freelancer_id = ?)
				     + (select count(*) from contracts.contracts where employer_id = ? or freelancer_id = ?)""",
				user.value(), user.value(), user.value(), user.value());
	}

	@Override
	public String correctionPath() {
		return "/contracts";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		Object id = user.value();
		List<Map<String, Object>> rows = DataRows.records("offer", jdbc, """
				select id, project_id, employer_id, freelancer_id, title, terms, total, status, created_at, expires_at,
				       decided_at
				from contracts.offers where employer_id = ? or freelancer_id = ? order by created_at""", id, id);
		List<Map<String, Object>> contracts = DataRows.records("contract", jdbc, """
				select id, project_id, employer_id, freelancer_id, title, terms, status, created_at, ended_at
				from contracts.contracts where employer_id = ? or freelancer_id = ? order by created_at""", id, id);
		contracts.forEach(contract -> {
			contract.put("milestones", DataRows.of(jdbc, """
					select title, amount, due_date, status, note, submitted_at, decided_at from contracts.milestones
					where contract_id = cast(? as uuid) order by position""", contract.get("id")));
			contract.put("disputes", DataRows.of(jdbc, """
					select reason, evidence, status, decision, freelancer_share, decision_reason, opened_at, decided_at
					from contracts.disputes where contract_id = cast(? as uuid)""", contract.get("id")));
		});
		rows.addAll(contracts);
		return rows;
	}

	@Override
	public List<Look> of(UserId user) {
		return jdbc.sql("""
				select v.viewed_at, v.purpose from contracts.staff_views v
				join contracts.disputes d on d.id = v.dispute_id join contracts.contracts c on c.id = d.contract_id
				where c.employer_id = :u or c.freelancer_id = :u order by v.viewed_at desc""")
			.param("u", user.value())
			.query((rs, n) -> new Look(rs.getTimestamp("viewed_at").toInstant(), "SUPPORT", "access.what.dispute",
					rs.getString("purpose")))
			.list();
	}
}
