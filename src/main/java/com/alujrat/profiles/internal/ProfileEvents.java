package com.alujrat.profiles.internal;

import com.alujrat.accounts.AccountClosed;
import com.alujrat.accounts.AccountReactivated;
import com.alujrat.accounts.AccountRegistered;
import com.alujrat.accounts.AccountType;
import com.alujrat.verification.IdentityVerified;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every new account gets its empty profile; a verified identity puts the badge on it; a closed account leaves the
 * directory (its profile pages already answer 404) and a reactivated one returns.
 */
@Component
class ProfileEvents {

	private final FreelancerProfiles freelancers;

	private final EmployerProfiles employers;

	private final JdbcClient jdbc;

	ProfileEvents(FreelancerProfiles freelancers, EmployerProfiles employers, JdbcClient jdbc) {
		this.freelancers = freelancers;
		this.employers = employers;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AccountRegistered event) {
		if (event.accountType() == AccountType.FREELANCER) {
			freelancers.ensure(event.userId().value());
		}
		else if (event.accountType() == AccountType.EMPLOYER) {
			employers.ensure(event.userId().value());
		}
	}

	@ApplicationModuleListener
	void on(IdentityVerified event) {
		jdbc.sql("update profiles.freelancer_profiles set verified = true where user_id = ?")
			.param(event.userId().value())
			.update();
		jdbc.sql("update profiles.employer_profiles set verified = true where user_id = ?")
			.param(event.userId().value())
			.update();
	}

	@ApplicationModuleListener
	void on(AccountClosed event) {
		list(event.userId().value(), false);
	}

	@ApplicationModuleListener
	void on(AccountReactivated event) {
		list(event.userId().value(), true);
	}

	private void list(java.util.UUID user, boolean listed) {
		jdbc.sql("update profiles.freelancer_profiles set listed = ? where user_id = ?").params(listed, user).update();
	}
}
