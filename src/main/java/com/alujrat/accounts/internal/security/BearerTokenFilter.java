package com.alujrat.accounts.internal.security;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.alujrat.accounts.AccountStatus;
import com.alujrat.accounts.internal.AccountDirectory;
import com.alujrat.accounts.internal.ApiTokens;
import com.alujrat.accounts.internal.Principals;
import com.alujrat.accounts.internal.User;
import com.alujrat.shared.UserId;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <access token>}; nothing is stored. A request it
 * authenticated is marked, so the CSRF check can tell it from one that merely has an Authorization header.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String AUTHENTICATED = BearerTokenFilter.class.getName() + ".authenticated";

	/** The account the token belongs to, as read here: the account gate uses it instead of reading it again. */
	static final String ACCOUNT = BearerTokenFilter.class.getName() + ".account";

	private final ApiTokens tokens;

	private final AccountDirectory directory;

	private final Principals principals;

	private final ProblemResponses problems;

	BearerTokenFilter(ApiTokens tokens, AccountDirectory directory, Principals principals, ProblemResponses problems) {
		this.tokens = tokens;
		this.directory = directory;
		this.principals = principals;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<User> user = tokens.authenticate(header.substring(7).trim())
			.flatMap((UUID id) -> directory.user(new UserId(id)))
			.filter(u -> u.getStatus() != AccountStatus.CLOSED);
		if (user.isEmpty()) {
			problems.write(response, 401, "invalid-token", "The access token is invalid or has expired.");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(principals.authentication(user.get()));
		SecurityContextHolder.setContext(context);
		request.setAttribute(AUTHENTICATED, Boolean.TRUE);
		request.setAttribute(ACCOUNT, user.get());
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
