package com.alujrat.accounts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.alujrat.accounts.Account;
import com.alujrat.accounts.AccountStatus;
import com.alujrat.accounts.AccountType;
import com.alujrat.shared.UserId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The account aggregate: it alone changes its login state, lockout and second factor. */
@Table(schema = "accounts", name = "users")
public class User {

	@Id
	private UUID id;

	private String fullName;

	private String email;

	private boolean emailVerified;

	private String passwordHash;

	private AccountType accountType;

	private LocalDate dateOfBirth;

	private AccountStatus status;

	private String locale;

	private byte[] totpSecret;

	private boolean totpEnabled;

	private Long totpLastStep;

	private int securityEpoch;

	private Instant createdAt;

	private Instant closedAt;

	@Version
	private Integer version;

	User() {
	}

	static User register(String fullName, String email, String passwordHash, AccountType type, LocalDate dateOfBirth,
			boolean needsGuardian, String locale, Instant now) {
		User user = new User();
		user.id = UUID.randomUUID();
		user.fullName = fullName;
		user.email = email;
		user.passwordHash = passwordHash;
		user.accountType = type;
		user.dateOfBirth = dateOfBirth;
		user.status = needsGuardian ? AccountStatus.AWAITING_GUARDIAN : AccountStatus.ACTIVE;
		user.locale = locale;
		user.createdAt = now;
		return user;
	}

	/** The first admin: verified by the bootstrap address itself, with no password until they set one. */
	static User staff(String email, Instant now) {
		User user = new User();
		user.id = UUID.randomUUID();
		user.fullName = "Administrator";
		user.email = email;
		user.emailVerified = true;
		user.accountType = AccountType.STAFF;
		user.status = AccountStatus.ACTIVE;
		user.locale = "en";
		user.createdAt = now;
		return user;
	}

	void verifyEmail() {
		emailVerified = true;
	}

	void guardianConsented() {
		if (status == AccountStatus.AWAITING_GUARDIAN) {
			status = AccountStatus.ACTIVE;
		}
	}

	/** A new password ends every session and token: the epoch invalidates remember-me cookies too. */
	void changePassword(String newHash) {
		passwordHash = newHash;
		securityEpoch++;
	}

	void signOutEverywhere() {
		securityEpoch++;
	}

	void startTwoFactor(byte[] encryptedSecret) {
		if (totpEnabled) {
			throw new IllegalStateException("Two-factor authentication is already on");
		}
		totpSecret = encryptedSecret;
	}

	/** Two-factor turns on with the first accepted code, and every other session ends (the epoch moves on). */
	void enableTwoFactor(long step) {
		if (totpSecret == null) {
			throw new IllegalStateException("No two-factor secret was set up");
		}
		totpEnabled = true;
		totpLastStep = step;
		securityEpoch++;
	}

	/** Turning two-factor off ends the other sessions too: staff powers they carried needed it. */
	void disableTwoFactor() {
		totpEnabled = false;
		totpSecret = null;
		totpLastStep = null;
		securityEpoch++;
	}

	/** A new address must be verified again before the account may do more than verify it. */
	void changeEmail(String newEmail) {
		email = newEmail;
		emailVerified = false;
	}

	/** Closing ends every session and token at once (the epoch moves on); a closed account stays closed. */
	void close(Instant now) {
		if (status == AccountStatus.CLOSED) {
			throw com.alujrat.platform.Rejected.conflict("account.closure.already");
		}
		status = AccountStatus.CLOSED;
		closedAt = now;
		securityEpoch++;
	}

	/** Staff reopen a closed account on its owner's request; it signs in again with its old password. */
	void reactivate() {
		if (status != AccountStatus.CLOSED) {
			throw com.alujrat.platform.Rejected.conflict("account.closure.notClosed");
		}
		status = AccountStatus.ACTIVE;
		closedAt = null;
	}

	void chooseLocale(String newLocale) {
		locale = newLocale;
	}

	public Account toAccount() {
		return new Account(userId(), fullName, email, emailVerified, accountType, status, dateOfBirth, locale);
	}

	public UserId userId() {
		return new UserId(id);
	}

	public UUID getId() {
		return id;
	}

	public String getFullName() {
		return fullName;
	}

	public String getEmail() {
		return email;
	}

	public boolean isEmailVerified() {
		return emailVerified;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public AccountType getAccountType() {
		return accountType;
	}

	public AccountStatus getStatus() {
		return status;
	}

	public String getLocale() {
		return locale;
	}

	byte[] getTotpSecret() {
		return totpSecret;
	}

	public boolean hasPassword() {
		return passwordHash != null;
	}

	public boolean isTotpEnabled() {
		return totpEnabled;
	}

	public int getSecurityEpoch() {
		return securityEpoch;
	}

	Instant getCreatedAt() {
		return createdAt;
	}
}
