package com.alujrat.accounts.internal;

import java.util.Optional;

import com.alujrat.accounts.Account;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Component;

@Component
public class AccountDirectory {

	private final UserRepository users;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	AccountDirectory(UserRepository users, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	/** Open accounts (active or awaiting a guardian) in id order after {@code after}, for notices to everyone. */
	public java.util.List<UserId> openAfter(java.util.UUID after, int limit) {
		return jdbc.sql("""
				select id from accounts.users where status <> 'CLOSED' and id > ? order by id limit ?""")
			.params(after == null ? new java.util.UUID(0, 0) : after, limit)
			.query(java.util.UUID.class)
			.list()
			.stream()
			.map(UserId::new)
			.toList();
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

	/** The guardian's name and address, for a minor employer who named one. */
	public Optional<String[]> guardianOf(java.util.UUID user) {
		return jdbc.sql("select full_name, email from accounts.guardians where user_id = ?")
			.param(user)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional();
	}

	public Optional<Account> findByEmail(String email) {
		return users.findByEmail(EmailAddresses.normalise(email)).map(User::toAccount);
	}

	public Optional<User> user(UserId id) {
		return users.findById(id.value());
	}
}
