package com.alujrat.accounts.internal;

import java.time.Clock;
import java.util.UUID;

import com.alujrat.accounts.internal.AccountMailEvents.NewDeviceSignedIn;
import com.alujrat.platform.Secrets;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Remembers the devices a user signs in from, and alerts them by email when a new one appears. */
@Service
public class Devices {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Devices(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Records a sign-in; the first device of an account is not news, any later new one is. */
	@Transactional
	public void signedIn(UUID userId, String deviceKey, String description, String ip) {
		events.publishEvent(new com.alujrat.accounts.SignedIn(new com.alujrat.shared.UserId(userId), ip, description,
				clock.instant()));
		String hash = Secrets.hash(deviceKey);
		int seen = jdbc.sql("update accounts.known_devices set last_seen = now() where user_id = ? and device_hash = ?")
			.params(userId, hash)
			.update();
		if (seen > 0) {
			return;
		}
		boolean firstDevice = jdbc.sql("select count(*) from accounts.known_devices where user_id = ?")
			.param(userId)
			.query(Integer.class)
			.single() == 0;
		jdbc.sql("insert into accounts.known_devices (user_id, device_hash, description) values (?, ?, ?)")
			.params(userId, hash, description)
			.update();
		if (!firstDevice) {
			events.publishEvent(new NewDeviceSignedIn(userId, description, ip, clock.instant()));
		}
	}
}
