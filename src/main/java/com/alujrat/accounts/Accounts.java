package com.alujrat.accounts;

import java.util.Optional;

import com.alujrat.accounts.internal.AccountDirectory;
import com.alujrat.accounts.internal.AccountSecurity;
import com.alujrat.accounts.internal.TwoFactor;
import com.alujrat.shared.UserId;

import org.springframework.stereotype.Service;

/** What other modules may ask of accounts. */
@Service
public class Accounts {

	private final AccountDirectory directory;

	private final AccountSecurity security;

	private final TwoFactor twoFactor;

	private final com.alujrat.accounts.internal.StaffRoles staffRoles;

	Accounts(AccountDirectory directory, AccountSecurity security, TwoFactor twoFactor,
			com.alujrat.accounts.internal.StaffRoles staffRoles) {
		this.staffRoles = staffRoles;
		this.directory = directory;
		this.security = security;
		this.twoFactor = twoFactor;
	}

	/** With two-factor on, a sensitive step (closing the account) takes a current code, refused on {@code field}. */
	public void requireSecondFactor(UserId id, String code, String field) {
		twoFactor.require(directory.user(id).orElseThrow(), code, field);
	}

	/**
	 * Closes the account at once (every session and token refused) and publishes {@link AccountClosed}. Whether it
	 * may close (nothing left in escrow, no balance) is for the caller to have decided.
	 */
	public void close(UserId id, java.time.Instant now) {
		security.close(id.value(), now);
	}

	/** Reopens a closed account and publishes {@link AccountReactivated}. */
	public void reactivate(UserId id) {
		security.reactivate(id.value());
	}

	/** The account with this email address, however it is capitalised. */
	public Optional<Account> findByEmail(String email) {
		return email == null || email.isBlank() ? Optional.empty() : directory.findByEmail(email);
	}

	/** Open accounts in id order after {@code after} (null from the start): to tell everyone something. */
	public java.util.List<UserId> openAfter(UserId after, int limit) {
		return directory.openAfter(after == null ? null : after.value(), limit);
	}

	/** A minor employer's parent or guardian as they gave themselves: name and address. */
	public record Guardian(String fullName, String email) {
	}

	public Optional<Guardian> guardianOf(UserId id) {
		return directory.guardianOf(id.value()).map(g -> new Guardian(g[0], g[1]));
	}

	/** Whether the account holds any staff role (or is a staff account): staff are not closed or erased by staff. */
	public boolean isStaff(UserId id) {
		return find(id).map(a -> a.type() == AccountType.STAFF).orElse(false)
				|| !staffRoles.member(id.value()).roles().isEmpty();
	}

	/** Whether the account has a password (one made with Google or Facebook may not, until one is set). */
	public boolean hasPassword(UserId id) {
		return directory.user(id).map(com.alujrat.accounts.internal.User::hasPassword).orElse(false);
	}

	public boolean twoFactorOn(UserId id) {
		return directory.user(id).map(com.alujrat.accounts.internal.User::isTotpEnabled).orElse(false);
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
