package com.alujrat.privacy.internal;

import java.sql.Timestamp;

import com.alujrat.accounts.AccountRegistered;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Records which Terms and Privacy Policy versions a new user accepted: those in force when they signed up. */
@Component
class PolicyAcceptances {

	private final JdbcClient jdbc;

	PolicyAcceptances(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AccountRegistered event) {
		jdbc.sql("""
				insert into privacy.policy_acceptances (user_id, document, version, accepted_at)
				select :user, v.document, v.version, :at from privacy.policy_versions v
				where v.effective_from = (select max(effective_from) from privacy.policy_versions w
				                          where w.document = v.document and w.effective_from <= :at)
				on conflict do nothing""")
			.param("user", event.userId().value())
			.param("at", Timestamp.from(event.acceptedPoliciesAt()))
			.update();
	}
}
