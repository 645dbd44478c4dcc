package com.alujrat.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.accounts.Account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Google and Facebook sign-in. A known identity signs in; an email that already has an account links only after
 * its password is proven; anyone else first gives what sign-up needs (role, date of birth, policy acceptance).
 */
@Service
public class SocialSignIn {

	private final JdbcClient jdbc;

	private final UserRepository users;

	private final Registration registration;

	private final SignIn signIn;

	SocialSignIn(JdbcClient jdbc, UserRepository users, Registration registration, SignIn signIn) {
		this.jdbc = jdbc;
		this.users = users;
		this.registration = registration;
		this.signIn = signIn;
	}

	/** What happens next for a provider identity. */
	public sealed interface Outcome {
	}

	public record Known(User user) implements Outcome {
	}

	public record EmailTaken(SocialIdentity identity) implements Outcome {
	}

	public record NewPerson(SocialIdentity identity) implements Outcome {
	}

	public Outcome resolve(SocialIdentity identity) {
		Optional<User> linked = jdbc.sql("select user_id from accounts.social_identities where provider = ? and subject = ?")
			.params(identity.provider(), identity.subject())
			.query(UUID.class)
			.optional()
			.flatMap(users::findById)
			.filter(user -> user.getStatus() != com.alujrat.accounts.AccountStatus.CLOSED);
		if (linked.isPresent()) {
			return new Known(linked.get());
		}
		if (identity.email() != null && users.findByEmail(EmailAddresses.normalise(identity.email())).isPresent()) {
			return new EmailTaken(identity);
		}
		return new NewPerson(identity);
	}

	/** Links the identity to the account with its email once the account's password (and code) is proven. */
	@Transactional(noRollbackFor = SignInRefused.class)
	public User linkWithPassword(SocialIdentity identity, String password, String code, String ip) {
		User user = signIn.check(identity.email(), password, code, ip);
		link(identity, user.getId());
		return user;
	}

	/** Creates the account of a new person; the email counts as verified when the provider says so. */
	@Transactional
	public User register(SocialIdentity identity, Applicant applicant) {
		Account account = registration.registerWithoutPassword(applicant, identity.emailVerified());
		link(identity, account.id().value());
		return users.findById(account.id().value()).orElseThrow();
	}

	/** A Google or Facebook identity linked to an account, as its Security page lists it. */
	public record LinkedIdentity(String provider, String email, Instant linkedAt) {
	}

	public List<LinkedIdentity> linked(UUID userId) {
		return jdbc.sql("select provider, email, linked_at from accounts.social_identities where user_id = ? order by linked_at")
			.param(userId)
			.query((rs, n) -> new LinkedIdentity(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	/** Unlinks a provider; an account without a password would have no way in left, so it must set one first. */
	@Transactional
	public void unlink(User user, String provider) {
		if (user.getPasswordHash() == null) {
			throw new AccountRejected("provider", "security.social.needsPassword");
		}
		jdbc.sql("delete from accounts.social_identities where user_id = ? and provider = ?")
			.params(user.getId(), provider)
			.update();
	}

	private void link(SocialIdentity identity, UUID userId) {
		jdbc.sql("""
				insert into accounts.social_identities (provider, subject, user_id, email) values (?, ?, ?, ?)
				on conflict (provider, subject) do nothing""")
			.params(identity.provider(), identity.subject(), userId, identity.email())
			.update();
	}
}
