package com.alujrat.accounts.internal.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.alujrat.accounts.internal.AccountDirectory;
import com.alujrat.accounts.internal.Principals;
import com.alujrat.shared.SignedInUser;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Reloads the signed-in user into the session, after a change made elsewhere (an email verified in another tab). */
@Component
public class SessionRefresher {

	private final AccountDirectory directory;

	private final Principals principals;

	private final SecurityContextRepository repository;

	SessionRefresher(AccountDirectory directory, Principals principals, SecurityContextRepository repository) {
		this.directory = directory;
		this.principals = principals;
		this.repository = repository;
	}

	public Optional<SignedInUser> refresh(HttpServletRequest request, HttpServletResponse response) {
		return SignedInUser.current().flatMap(current -> directory.user(current.id())).map(user -> {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(principals.authentication(user));
			SecurityContextHolder.setContext(context);
			repository.saveContext(context, request, response);
			return (SignedInUser) context.getAuthentication().getPrincipal();
		});
	}
}
