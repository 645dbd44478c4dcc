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

	public java.util.List<Account> findAll(java.util.Collection<UserId> ids) {
		java.util.List<Account> accounts = new java.util.ArrayList<>();
		users.findAllById(ids.stream().map(UserId::value).toList()).forEach(user -> accounts.add(user.toAccount()));
		return accounts;
	}

	public java.util.List<UserId> staffWith(String role) {
		return users.staffWithRole(role).stream().map(UserId::new).toList();
	}

	public Optional<Account> findByEmail(String email) {
		return users.findByEmail(EmailAddresses.normalise(email)).map(User::toAccount);
	}

	public Optional<User> user(UserId id) {
		return users.findById(id.value());
	}
}
