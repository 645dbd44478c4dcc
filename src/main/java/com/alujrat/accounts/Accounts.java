package com.alujrat.accounts;

import java.util.Optional;

import com.alujrat.accounts.internal.AccountDirectory;
import com.alujrat.accounts.internal.AccountSecurity;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/** What other modules may ask of accounts. */
@Service
public class Accounts {

	private final AccountDirectory directory;

	private final AccountSecurity security;

	Accounts(AccountDirectory directory, AccountSecurity security) {
		this.directory = directory;
		this.security = security;
	}

	/**
	 * Re-authentication before a sensitive step in another module (a new payout method, say): refused on
	 * {@code field} when the password is wrong, and after a few wrong ones for a while whatever is typed.
	 */
	public void requirePassword(UserId id, String password, String field) {
		security.requirePassword(directory.user(id).orElseThrow(), password, field);
	}

	public Optional<Account> find(UserId id) {
		return directory.find(id);
	}

	/** Several accounts at once (for lists), in no particular order; unknown ids are left out. */
	public java.util.List<Account> findAll(java.util.Collection<UserId> ids) {
		return directory.findAll(ids);
	}

	/** Active staff members holding {@code role}, for reports meant for them. */
	public java.util.List<UserId> staffWith(StaffRole role) {
		return directory.staffWith(role.name());
	}

	/** Whether the user may post, pay or otherwise transact (active, guardian consented, email verified). */
	public boolean mayTransact(UserId id) {
		return find(id).map(Account::mayTransact).orElse(false);
	}
}
