package com.alujrat.testing;

import com.alujrat.accounts.internal.AccountDirectory;
import com.alujrat.accounts.internal.StaffRoles;
import com.alujrat.accounts.internal.TwoFactor;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What tests against the running platform share: its port, the database, an API client, the outbox, people. */
public abstract class PlatformTestSupport {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected StaffRoles staffRoles;

	@Autowired
	protected TwoFactor twoFactor;

	@Autowired
	protected AccountDirectory directory;

	protected Api api;

	protected Outbox outbox;

	protected People people;

	@BeforeEach
	void clients() {
		api = new Api(port);
		outbox = new Outbox(jdbc);
		people = new People(api, outbox, staffRoles, twoFactor, directory);
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}
}
