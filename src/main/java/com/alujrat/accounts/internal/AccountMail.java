package com.alujrat.accounts.internal;

import java.util.UUID;

import com.alujrat.accounts.AccountRegistered;
import com.alujrat.accounts.AccountStatus;
import com.alujrat.accounts.internal.AccountMailEvents.EmailChanged;
import com.alujrat.accounts.internal.AccountMailEvents.NewDeviceSignedIn;
import com.alujrat.accounts.internal.AccountMailEvents.PasswordChanged;
import com.alujrat.accounts.internal.AccountMailEvents.PasswordResetRequested;
import com.alujrat.accounts.internal.AccountMailEvents.StaffAccountCreated;
import com.alujrat.accounts.internal.AccountMailEvents.VerificationLinkRequested;
import com.alujrat.accounts.internal.OneTimeTokens.Purpose;
import com.alujrat.notifications.Emails;
import com.alujrat.notifications.MailWriter;
import com.alujrat.notifications.Notifications;
import com.alujrat.notifications.Topic;
import com.alujrat.shared.UserId;
import com.alujrat.platform.web.Ui;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every mail the accounts module sends. Links carry fresh single-use tokens made here, never in an event; security
 * alerts go through notifications (shown in the app as well, and a changed password is texted too).
 */
@Component
class AccountMail {

	private final UserRepository users;

	private final OneTimeTokens tokens;

	private final MailWriter writer;

	private final Emails emails;

	private final JdbcClient jdbc;

	private final Notifications notifications;

	AccountMail(UserRepository users, OneTimeTokens tokens, MailWriter writer, Emails emails, JdbcClient jdbc,
			Notifications notifications) {
		this.notifications = notifications;
		this.users = users;
		this.tokens = tokens;
		this.writer = writer;
		this.emails = emails;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(AccountRegistered event) {
		User user = user(event.userId().value());
		if (!event.emailVerified()) {
			sendVerificationLink(user);
		}
		if (user.getStatus() == AccountStatus.AWAITING_GUARDIAN) {
			sendGuardianConsentRequest(user);
		}
	}

	@ApplicationModuleListener
	void on(VerificationLinkRequested event) {
		User user = user(event.userId());
		if (!user.isEmailVerified()) {
			sendVerificationLink(user);
		}
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		User user = user(event.userId());
		String token = tokens.issue(user.getId(), Purpose.RESET_PASSWORD);
		emails.send(writer.write(user.getEmail(), user.getFullName(), user.getLocale(), "passwordReset",
				"/password-reset/" + token));
	}

	@ApplicationModuleListener
	void on(PasswordChanged event) {
		notifications.alert(new UserId(event.userId()), "passwordChanged", "/account/security");
	}

	@ApplicationModuleListener
	void on(NewDeviceSignedIn event) {
		String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(Ui.KARACHI)
			.format(event.at());
		notifications.notify(new UserId(event.userId()), Topic.SECURITY, "newDevice", "/account/security",
				event.device(), event.ip(), when);
	}

	@ApplicationModuleListener
	void on(EmailChanged event) {
		User user = user(event.userId());
		emails.send(writer.write(event.oldEmail(), user.getFullName(), user.getLocale(), "emailChanged", null,
				user.getEmail()));
		sendVerificationLink(user);
	}

	@ApplicationModuleListener
	void on(StaffAccountCreated event) {
		User user = user(event.userId());
		String token = tokens.issue(user.getId(), Purpose.SET_PASSWORD);
		emails.send(writer.write(user.getEmail(), user.getFullName(), user.getLocale(), "staffWelcome",
				"/password-reset/" + token));
	}

	private void sendVerificationLink(User user) {
		String token = tokens.issue(user.getId(), Purpose.VERIFY_EMAIL);
		emails.send(writer.write(user.getEmail(), user.getFullName(), user.getLocale(), "verifyEmail",
				"/verify-email/" + token));
	}

	private void sendGuardianConsentRequest(User user) {
		GuardianRow guardian = jdbc.sql("select full_name, email from accounts.guardians where user_id = ?")
			.param(user.getId())
			.query(GuardianRow.class)
			.single();
		String token = tokens.issue(user.getId(), Purpose.GUARDIAN_CONSENT);
		emails.send(writer.write(guardian.email(), guardian.fullName(), user.getLocale(), "guardianConsent",
				"/guardian-consent/" + token, user.getFullName()));
	}

	private User user(UUID id) {
		return users.findById(id).orElseThrow();
	}

	record GuardianRow(String fullName, String email) {
	}
}
