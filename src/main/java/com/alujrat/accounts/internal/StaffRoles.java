package com.alujrat.accounts.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.alujrat.accounts.StaffRole;
import com.alujrat.accounts.StaffRolesChanged;
import com.alujrat.shared.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins grant and remove staff roles; every change is logged with who made it. */
@Service
public class StaffRoles {

	private final JdbcClient jdbc;

	private final UserRepository users;

	private final Principals principals;

	private final WebSessions webSessions;

	private final ApplicationEventPublisher events;

	StaffRoles(JdbcClient jdbc, UserRepository users, Principals principals, WebSessions webSessions,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.users = users;
		this.principals = principals;
		this.webSessions = webSessions;
		this.events = events;
	}

	public record StaffMember(UUID id, String fullName, String email, String accountType, Set<String> roles) {
	}

	public record RoleChange(String email, String changedBy, String before, String after, java.time.Instant at) {
	}

	/** Accounts matching a search (or every staff member when the search is blank), at most fifty. */
	public List<StaffMember> find(String query) {
		String like = query == null || query.isBlank() ? null : "%" + query.trim().toLowerCase() + "%";
		return jdbc.sql("""
				select u.id, u.full_name, u.email, u.account_type from accounts.users u
				where (cast(:like as text) is null and exists (select 1 from accounts.staff_roles r where r.user_id = u.id))
				   or lower(u.email) like :like or lower(u.full_name) like :like
				order by u.email limit 50""")
			.param("like", like)
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.list()
			.stream()
			.map(this::member)
			.toList();
	}

	public StaffMember member(UUID id) {
		User user = users.findById(id).orElseThrow(() -> new AccountRejected("id", "account.notFound"));
		return new StaffMember(user.getId(), user.getFullName(), user.getEmail(), user.getAccountType().name(),
				principals.staffRoles(id));
	}

	public List<RoleChange> recentChanges() {
		return jdbc.sql("""
				select u.email, coalesce(b.email, 'system'), c.before, c.after, c.changed_at
				from accounts.staff_role_changes c join accounts.users u on u.id = c.user_id
				left join accounts.users b on b.id = c.changed_by order by c.changed_at desc limit 50""")
			.query((rs, n) -> new RoleChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	/**
	 * Replaces the staff roles of an account. Roles change what a session may do, so the account's sessions end
	 * and it signs in again with the new roles. An admin cannot remove their own ADMIN role (no lock-out).
	 */
	@Transactional
	public StaffMember assign(UUID userId, Set<StaffRole> roles, UserId changedBy) {
		StaffMember before = member(userId);
		if (changedBy != null && userId.equals(changedBy.value()) && !roles.contains(StaffRole.ADMIN)) {
			throw new AccountRejected("roles", "staff.roles.keepOwnAdmin");
		}
		Set<StaffRole> after = roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
		jdbc.sql("delete from accounts.staff_roles where user_id = ?").param(userId).update();
		after.forEach(role -> jdbc.sql("insert into accounts.staff_roles (user_id, role) values (?, ?)")
			.params(userId, role.name())
			.update());
		String beforeText = String.join(",", before.roles());
		String afterText = String.join(",", Principals.names(after));
		if (!beforeText.equals(afterText)) {
			jdbc.sql("insert into accounts.staff_role_changes (user_id, changed_by, before, after) values (?, ?, ?, ?)")
				.params(userId, changedBy == null ? null : changedBy.value(), beforeText, afterText)
				.update();
			events.publishEvent(new StaffRolesChanged(new UserId(userId), changedBy,
					before.roles().stream().map(StaffRole::valueOf).collect(java.util.stream.Collectors.toSet()),
					after));
			webSessions.endAll(userId);
		}
		return member(userId);
	}

	/** What a start with {@code --alujrat.bootstrap-admin-email} did. */
	public enum Bootstrap {
		/** A new staff account with every role; a set-password link went to the address. */
		CREATED,
		/** The existing account with that verified address got every role. */
		PROMOTED,
		/** An account holds the address but never verified it: it could be anyone's, so nothing changed. */
		REFUSED_UNVERIFIED,
		/** This address was bootstrapped before; roles changed since then stay as they are. */
		ALREADY_DONE
	}

	/**
	 * The first admin, from {@code --alujrat.bootstrap-admin-email}: every staff role, once per address. Only an
	 * account whose email is verified is promoted (an unverified one may be a squatter who signed up with the
	 * address); a new account gets no password, only a set-password link to the address.
	 */
	@Transactional
	public Bootstrap bootstrapAdmin(String email, java.time.Instant now) {
		String normalised = EmailAddresses.normalise(email);
		boolean firstRun = jdbc.sql("insert into accounts.bootstrap_admins (email) values (?) on conflict do nothing")
			.param(normalised)
			.update() == 1;
		if (!firstRun) {
			return Bootstrap.ALREADY_DONE;
		}
		User user = users.findByEmail(normalised).orElse(null);
		if (user != null && !user.isEmailVerified()) {
			// Not remembered as done: once the owner verifies the address, the next start promotes them.
			jdbc.sql("delete from accounts.bootstrap_admins where email = ?").param(normalised).update();
			return Bootstrap.REFUSED_UNVERIFIED;
		}
		boolean created = user == null;
		if (created) {
			user = users.save(User.staff(normalised, now));
		}
		Set<String> current = principals.staffRoles(user.getId());
		for (StaffRole role : StaffRole.values()) {
			jdbc.sql("insert into accounts.staff_roles (user_id, role) values (?, ?) on conflict do nothing")
				.params(user.getId(), role.name())
				.update();
		}
		jdbc.sql("insert into accounts.staff_role_changes (user_id, changed_by, before, after) values (?, null, ?, ?)")
			.params(user.getId(), String.join(",", current), String.join(",", Principals.names(EnumSet.allOf(StaffRole.class))))
			.update();
		webSessions.endAll(user.getId());
		if (created) {
			events.publishEvent(new AccountMailEvents.StaffAccountCreated(user.getId()));
		}
		return created ? Bootstrap.CREATED : Bootstrap.PROMOTED;
	}

}
