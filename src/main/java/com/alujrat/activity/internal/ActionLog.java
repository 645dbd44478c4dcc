package com.alujrat.activity.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.alujrat.accounts.AccountRegistered;
import com.alujrat.accounts.EmailVerified;
import com.alujrat.accounts.SignedIn;
import com.alujrat.contracts.ContractStarted;
import com.alujrat.messaging.MessageSent;
import com.alujrat.payments.CheckoutPaid;
import com.alujrat.privacy.Consents;
import com.alujrat.projects.BidPlaced;
import com.alujrat.projects.ProjectPublished;
import com.alujrat.shared.UserId;
import com.alujrat.verification.IdentityVerified;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The actions people take, heard from the modules' events. Sign-ins and payments are kept for security whatever
 * the consent; the others only for people who consented to analytics. Each also counts towards the day's totals,
 * which hold no person.
 */
@Component
class ActionLog {

	static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");

	private final JdbcClient jdbc;

	private final Consents consents;

	private final Clock clock;

	ActionLog(JdbcClient jdbc, Consents consents, Clock clock) {
		this.jdbc = jdbc;
		this.consents = consents;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(SignedIn event) {
		action(event.userId(), "SIGN_IN", event.device() + " · " + event.ip(), true, event.at());
	}

	@ApplicationModuleListener
	void on(CheckoutPaid event) {
		action(event.payer(), "PAYMENT", event.purpose().name() + " " + event.amount().paisa(), true, clock.instant());
		count("moneyPaisa", "", event.amount().paisa());
	}

	@ApplicationModuleListener
	void on(AccountRegistered event) {
		action(event.userId(), "SIGN_UP", event.accountType().name(), false, event.acceptedPoliciesAt());
		count("signups", event.accountType().name(), 1);
	}

	@ApplicationModuleListener
	void on(EmailVerified event) {
		count("emailVerified", "", 1);
	}

	@ApplicationModuleListener
	void on(IdentityVerified event) {
		action(event.userId(), "IDENTITY_VERIFIED", "", false, clock.instant());
		count("identityVerified", "", 1);
	}

	@ApplicationModuleListener
	void on(ProjectPublished event) {
		action(event.employer(), "PROJECT_POSTED", event.project().value().toString(), false, clock.instant());
		count("projects", "", 1);
		count("projectCategory", event.category() == null ? "" : event.category(), 1);
		if (event.city() != null && !event.city().isBlank()) {
			count("projectCity", event.city(), 1);
		}
	}

	@ApplicationModuleListener
	void on(BidPlaced event) {
		action(event.freelancer(), "BID_PLACED", event.project().value().toString(), false, clock.instant());
		count("bids", "", 1);
	}

	@ApplicationModuleListener
	void on(MessageSent event) {
		if (event.sender() != null) {
			action(event.sender(), "MESSAGE_SENT", event.conversation().value().toString(), false, clock.instant());
		}
		count("messages", "", 1);
	}

	@ApplicationModuleListener
	void on(ContractStarted event) {
		action(event.employer(), "CONTRACT_STARTED", event.contract().value().toString(), false, clock.instant());
		count("contracts", "", 1);
	}

	private void action(UserId user, String kind, String detail, boolean security, Instant at) {
		if (!security && !consents.analytics(user)) {
			return;
		}
		jdbc.sql("insert into activity.actions (at, user_id, kind, detail, purpose) values (?, ?, ?, ?, ?)")
			.params(Timestamp.from(at), user.value(), kind, detail, security ? "SECURITY" : "ANALYTICS")
			.update();
	}

	private void count(String metric, String dimension, long value) {
		LocalDate day = LocalDate.ofInstant(clock.instant(), KARACHI);
		jdbc.sql("""
				insert into activity.daily_counts (day, metric, dimension, value) values (?, ?, ?, ?)
				on conflict (day, metric, dimension) do update set value = activity.daily_counts.value + excluded.value""")
			.params(Date.valueOf(day), metric, dimension, value)
			.update();
	}
}
