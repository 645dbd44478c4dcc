package com.alujrat.accounts.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.alujrat.accounts.StaffRole;
import com.alujrat.shared.PersonName;
import com.alujrat.shared.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Turns a user into the principal and authorities every request carries. */
@Component
public class Principals {

	private final JdbcClient jdbc;

	Principals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public SignedInUser principal(User user) {
		return new SignedInUser(user.userId(), PersonName.shortForm(user.getFullName()),
				user.getAccountType().name(), user.isEmailVerified(), staffRoles(user.getId()), user.isTotpEnabled());
	}

	public Authentication authentication(User user) {
		SignedInUser principal = principal(user);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities(principal));
	}

	public static List<GrantedAuthority> authorities(SignedInUser principal) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		authorities.add(new SimpleGrantedAuthority("ROLE_" + principal.accountType()));
		principal.staffRoles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
		return authorities;
	}

	Set<String> staffRoles(UUID userId) {
		return new TreeSet<>(jdbc.sql("select role from accounts.staff_roles where user_id = ?")
			.param(userId)
			.query(String.class)
			.list());
	}

	static Set<String> names(Collection<StaffRole> roles) {
		TreeSet<String> names = new TreeSet<>();
		roles.forEach(role -> names.add(role.name()));
		return names;
	}
}
