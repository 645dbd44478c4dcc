package com.alujrat.projects.internal;

import java.sql.Timestamp;

import com.alujrat.accounts.AccountClosed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A closed account's open projects close and its bids still in play are withdrawn (policy 5.2). */
@Component
class WorkOfClosedAccounts {

	private final JdbcClient jdbc;

	WorkOfClosedAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AccountClosed event) {
		jdbc.sql("update projects.projects set status = 'CLOSED' where employer_id = ? and status = 'OPEN'")
			.param(event.userId().value())
			.update();
		jdbc.sql("""
				update projects.bids set status = 'WITHDRAWN', updated_at = ?
				where freelancer_id = ? and status in ('ACTIVE', 'SHORTLISTED')""")
			.params(Timestamp.from(event.closedAt()), event.userId().value())
			.update();
	}
}
