package com.alujrat.accounts.internal.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.alujrat.accounts.internal.SocialIdentity;
import com.alujrat.accounts.internal.SocialSignIn;
import com.alujrat.accounts.internal.SocialSignIn.EmailTaken;
import com.alujrat.accounts.internal.SocialSignIn.Known;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After Google or Facebook vouched for someone: the provider's token never becomes the session's principal. A
 * known identity signs in as its account; otherwise the identity waits in the session for the next step.
 */
class SocialLoginSuccess implements AuthenticationSuccessHandler {

	private final SocialSignIn social;

	private final WebSignIn webSignIn;

	private final SecurityContextRepository contexts;

	SocialLoginSuccess(SocialSignIn social, WebSignIn webSignIn, SecurityContextRepository contexts) {
		this.social = social;
		this.webSignIn = webSignIn;
		this.contexts = contexts;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		SecurityContextHolder.clearContext();
		contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
		SocialIdentity identity = identity((OAuth2AuthenticationToken) authentication);
		SocialSignIn.Outcome outcome = social.resolve(identity);
		if (outcome instanceof Known known && known.user().isTotpEnabled()) {
			webSignIn.awaitSecondFactor(request, known.user().getId(), known.user().getSecurityEpoch(), false);
			response.sendRedirect("/login/two-factor");
			return;
		}
		if (outcome instanceof Known known) {
			webSignIn.signIn(known.user(), request, response);
			response.sendRedirect("/dashboard");
			return;
		}
		// The identity waits in the session: sign-up for a new person, a password for an existing email.
		request.getSession().setAttribute(SocialIdentity.PENDING, identity);
		response.sendRedirect(outcome instanceof EmailTaken ? "/login/link" : "/signup/social");
	}

	static SocialIdentity identity(OAuth2AuthenticationToken token) {
		String provider = token.getAuthorizedClientRegistrationId();
		OAuth2User user = token.getPrincipal();
		Map<String, Object> attributes = user.getAttributes();
		if (user instanceof OidcUser oidc) {
			return new SocialIdentity(provider, oidc.getSubject(), oidc.getEmail(),
					Boolean.TRUE.equals(oidc.getEmailVerified()), oidc.getFullName());
		}
		// Facebook (OAuth2, not OpenID Connect): an address counts as verified only when the provider says so.
		Object email = attributes.get("email");
		boolean verified = email != null && (Boolean.TRUE.equals(attributes.get("email_verified"))
				|| Boolean.TRUE.equals(attributes.get("verified")));
		return new SocialIdentity(provider, String.valueOf(attributes.get("id")), email == null ? null : email.toString(),
				verified, String.valueOf(attributes.getOrDefault("name", "")));
	}
}
