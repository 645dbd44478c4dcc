package com.alujrat.accounts.internal;

import java.util.Optional;

import com.alujrat.accounts.Account;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Component;

@Component
public class AccountDirectory {

	private final UserRepository users;

	AccountDirectory(UserRepository users) {
		this.users = users;
	}

	public Optional<Account> find(UserId id) {
		return users.findById(id.value()).map(User::toAccount);
	}

	public Optional<User> user(UserId id) {
		return users.findById(id.value());
	}
}
