package com.alujrat.accounts;

import com.alujrat.accounts.internal.StaffRoles;
import com.alujrat.testing.Api;
import com.alujrat.testing.Outbox;
import com.alujrat.testing.People;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the accounts API tests share: a fresh API client (own IP), the outbox and the people factory. */
abstract class AccountsTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffRoles staffRoles;

	Api api;

	Outbox outbox;

	People people;

	@BeforeEach
	void clients() {
		api = new Api(port);
		outbox = new Outbox(jdbc);
		people = new People(api, outbox, staffRoles);
	}
}
