package com.alujrat.catalog.internal;

import com.alujrat.accounts.AccountClosed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A closed account's services are paused: nobody else can find or open them (policy 5.2). */
@Component
class ServicesOfClosedAccounts {

	private final JdbcClient jdbc;

	ServicesOfClosedAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AccountClosed event) {
		jdbc.sql("update catalog.services set status = 'PAUSED' where freelancer_id = ? and status = 'ACTIVE'")
			.param(event.userId().value())
			.update();
	}
}
