package com.alujrat.accounts.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the first admin from {@code alujrat.bootstrap-admin-email}; no default password exists anywhere. */
@Component
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final StaffRoles staffRoles;

	private final String email;

	private final Clock clock;

	BootstrapAdmin(StaffRoles staffRoles, @Value("${alujrat.bootstrap-admin-email:}") String email, Clock clock) {
		this.staffRoles = staffRoles;
		this.email = email;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (email.isBlank()) {
			return;
		}
		switch (staffRoles.bootstrapAdmin(email, clock.instant())) {
			case CREATED -> log.info("Created the bootstrap admin account; a set-password link was mailed to it");
			case PROMOTED -> log.info("Gave every staff role to the verified account of the bootstrap admin address");
			case REFUSED_UNVERIFIED -> log.warn("An account holds the bootstrap admin address but has not verified it: "
					+ "not promoted. Verify the address (or remove that account) and start again.");
			case ALREADY_DONE -> log.debug("The bootstrap admin address was handled at an earlier start");
		}
	}
}
