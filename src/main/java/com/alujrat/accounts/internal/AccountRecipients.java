package com.alujrat.accounts.internal;

import java.util.Optional;

import com.alujrat.accounts.AccountStatus;
import com.alujrat.notifications.Recipients;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Component;

/** Tells notifications who a user is; a closed account is told nothing more. */
@Component
class AccountRecipients implements Recipients {

	private final UserRepository users;

	AccountRecipients(UserRepository users) {
		this.users = users;
	}

	@Override
	public Optional<Recipient> find(UserId id) {
		return users.findById(id.value())
			.filter(user -> user.getStatus() != AccountStatus.CLOSED)
			.map(user -> new Recipient(id, user.getFullName(), user.getEmail(), user.getLocale(),
					user.isEmailVerified()));
	}
}
