package com.alujrat.accounts.internal.security;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import com.alujrat.accounts.AccountStatus;
import com.alujrat.accounts.internal.AccountDirectory;
import com.alujrat.accounts.internal.ApiTokens;
import com.alujrat.accounts.internal.Principals;
import com.alujrat.accounts.internal.SocialSignIn;
import com.alujrat.accounts.internal.User;
import com.alujrat.platform.Keys;
import com.alujrat.platform.Secrets;
import com.alujrat.shared.UserId;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** One filter chain for pages and API: who may reach what, CSRF, headers, sessions, remember-me, bearer tokens. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String REMEMBER_ME_COOKIE = "remember-me";

	private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	// Swagger UI sets inline styles; only its pages allow them.
	private static final String SWAGGER_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

	private static final String[] PUBLIC_PAGES = { "/", "/privacy", "/terms", "/refund-policy", "/contact", "/signup",
			"/login", "/login/**", "/signup/social", "/oauth2/**", "/verify-email/*", "/password-reset", "/password-reset/**", "/guardian-consent/**",
			"/cookies", "/cookies/**", "/help", "/unsubscribe", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**", "/fonts/**", "/img/**",
			"/favicon.svg", "/manifest.webmanifest", "/sw.js", "/offline", "/robots.txt", "/sitemap.xml",
			"/dev/outbox", "/api/v1/dev/outbox", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html" };

	/**
	 * The page that hands a payer to a hosted checkout posts a form to the gateway's own address. Browsers apply
	 * form-action to the redirects that follow (a bank's 3-D Secure page, say), so those pages may post to any HTTPS
	 * origin, and to the configured gateways' own origins (a stand-in may be plain HTTP); their forms are built by the
	 * platform, never from input.
	 */
	private static String gatewayCsp(Environment environment) {
		StringBuilder origins = new StringBuilder();
		for (String setting : List.of("alujrat.payments.jazzcash.url", "alujrat.payments.easypaisa.url")) {
			String url = environment.getProperty(setting, "");
			java.net.URI uri = url.isBlank() ? null : java.net.URI.create(url.strip());
			if (uri != null && uri.getScheme() != null && uri.getAuthority() != null) {
				origins.append(' ').append(uri.getScheme()).append("://").append(uri.getAuthority());
			}
		}
		return CSP.replace("form-action 'self'", "form-action 'self' https:" + origins);
	}

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http, Environment environment, SecurityContextRepository contextRepository,
			PersistentTokenBasedRememberMeServices rememberMe, ProblemResponses problems, ApiTokens apiTokens,
			AccountDirectory directory, Principals principals, SessionRefresher refresher,
			ObjectProvider<ClientRegistrationRepository> socialProviders, SocialSignIn social, WebSignIn webSignIn,
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) throws Exception {
		RequestMatcher api = request -> request.getRequestURI().startsWith("/api/")
				|| request.getRequestURI().startsWith("/actuator/");
		http.authorizeHttpRequests(authorize -> authorize
			// An async dispatch finishes a request (a live event stream closing) that was authorized when it began.
			.dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ASYNC).permitAll()
			.requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
			.requestMatchers(EndpointRequest.to("health")).permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
			.requestMatchers(PUBLIC_PAGES).permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/accounts", "/api/v1/auth/**").permitAll()
			// Profiles answer everyone, each section as its owner's visibility allows the caller.
			.requestMatchers(HttpMethod.GET, "/freelancers/*", "/employers/*", "/profiles/**", "/api/v1/freelancers/*",
					"/api/v1/employers/*", "/api/v1/skills", "/api/v1/categories")
			.permitAll()
			// Projects answer "not found" to whoever may not see them, visitors included (the controllers decide).
			.requestMatchers(HttpMethod.GET, "/projects/new").hasRole("EMPLOYER")
			.requestMatchers("/projects/matches", "/projects/saved/**", "/api/v1/me/best-matches",
					"/api/v1/me/saved-searches/**").hasRole("FREELANCER")
			.requestMatchers(HttpMethod.GET, "/services/new").hasRole("FREELANCER")
			.requestMatchers(HttpMethod.GET, "/projects/*", "/api/v1/projects/*", "/services/*", "/api/v1/services/*",
					"/services/*/images/*").permitAll()
			.requestMatchers(HttpMethod.POST, "/services", "/api/v1/services").hasRole("FREELANCER")
			.requestMatchers(HttpMethod.POST, "/services/*/orders", "/api/v1/services/*/orders").hasRole("EMPLOYER")
			.requestMatchers(HttpMethod.POST, "/projects", "/api/v1/projects", "/api/v1/offers", "/offers")
			.hasRole("EMPLOYER")
			.requestMatchers(HttpMethod.POST, "/projects/*/bids", "/api/v1/projects/*/bids").hasRole("FREELANCER")
			.requestMatchers("/staff/reviews/**", "/api/v1/staff/reviews/**").hasAnyRole("SUPPORT", "ADMIN")
			.requestMatchers("/staff/disputes/**", "/api/v1/staff/disputes/**").hasRole("SUPPORT")
			.requestMatchers("/staff/users/**", "/api/v1/staff/users/**").hasRole("ADMIN")
			.requestMatchers("/staff/verifications/**", "/api/v1/staff/verifications/**").hasRole("VERIFIER")
			.requestMatchers("/payments/callback/*", "/payments/callback/*/*").permitAll()
			// A checkout's own pages also open with its hand-over token, for the apps' payers (checked by the page).
			.requestMatchers("/payments/checkouts/*", "/payments/checkouts/*/go", "/payments/sandbox/*",
					"/payments/easypaisa/*/token/*").permitAll()
			.requestMatchers("/staff/plans/**", "/api/v1/staff/plans/**", "/staff/campaigns/**", "/api/v1/staff/campaigns/**")
			.hasRole("ADMIN")
			.requestMatchers("/staff/moderation/**", "/api/v1/staff/moderation/**", "/staff/conversations/**",
					"/api/v1/staff/conversations/**").hasRole("SUPPORT")
			// Support tickets: visitors write in too; a ticket's page opens with its mailed access link (checked there).
			.requestMatchers(HttpMethod.POST, "/api/v1/support/tickets", "/api/v1/support/tickets/*/replies",
					"/api/v1/support/tickets/*/rating", "/contact", "/support/tickets/*/replies", "/support/tickets/*/rating")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/support/tickets/*", "/api/v1/support/tickets/*",
					"/support/tickets/*/messages/*/files/*").permitAll()
			.requestMatchers("/staff/support/**", "/api/v1/staff/support/**").hasAnyRole("SUPPORT", "LEGAL")
			.requestMatchers("/staff/closures/**", "/api/v1/staff/closures/**").hasRole("SUPPORT")
			.requestMatchers("/staff/minors/**", "/api/v1/staff/minors/**").hasAnyRole("SUPPORT", "LEGAL")
			.requestMatchers("/staff/analytics", "/staff/analytics.csv", "/api/v1/staff/analytics").hasRole("ADMIN")
			.requestMatchers("/staff/policies/**", "/api/v1/staff/policies/**", "/staff/legal/**",
					"/api/v1/staff/legal-holds/**", "/api/v1/staff/disclosures/**", "/api/v1/staff/notices/**")
				.hasRole("LEGAL")
			.requestMatchers(HttpMethod.GET, "/policies/*/versions", "/policies/*/versions/*", "/api/v1/policies/*",
					"/api/v1/policies/*/versions", "/api/v1/policies/*/versions/*", "/service-providers")
				.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/plans", "/plans").permitAll()
			.requestMatchers("/staff/payments/**", "/api/v1/staff/payouts/**", "/api/v1/staff/refunds/**",
					"/api/v1/staff/reconciliation/**").hasRole("FINANCE")
			.requestMatchers("/wallet/payouts/**", "/api/v1/me/payout-methods/**", "/api/v1/me/payouts/**")
				.hasRole("FREELANCER")
			.anyRequest().authenticated())
			.securityContext(context -> context.securityContextRepository(contextRepository))
			// The token lives in a cookie, not the session, so anonymous page views write nothing to the database.
			// Gateways post their answers from their own servers or through the payer's browser: no CSRF token, the
			// signature (or a server-to-server inquiry) is what is trusted.
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens())
				.ignoringRequestMatchers(request -> isStatelessApiCall(request, sessionCookie)
						|| request.getRequestURI().startsWith("/payments/callback/")
						// RFC 8058: a mail program posts the one-click unsubscribe itself, with the signed token only.
						|| request.getRequestURI().equals("/unsubscribe")))
			.headers(headers -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SecurityConfiguration::isSwaggerUi,
						new StaticHeadersWriter("Content-Security-Policy", SWAGGER_CSP)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SecurityConfiguration::isGatewayHandOver,
						new StaticHeadersWriter("Content-Security-Policy", gatewayCsp(environment))))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(r -> !isSwaggerUi(r) && !isGatewayHandOver(r),
						new StaticHeadersWriter("Content-Security-Policy", CSP)))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.rememberMe(remember -> remember.rememberMeServices(rememberMe))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").addLogoutHandler(rememberMe))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor((request, response, ex) -> problems.write(response, 401,
						"unauthorized", "Sign in or send a valid bearer token."), api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
				.defaultAccessDeniedHandlerFor((request, response, ex) -> problems.write(response, 403, "forbidden",
						"You may not do this."), api)
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true))
			.addFilterAfter(new BearerTokenFilter(apiTokens, directory, principals, problems),
					SecurityContextHolderFilter.class)
			.addFilterBefore(new AccountGate(directory, refresher, problems), AuthorizationFilter.class);
		// Google and Facebook buttons exist only when their client ids are configured.
		if (socialProviders.getIfAvailable() != null) {
			http.oauth2Login(oauth -> oauth.loginPage("/login")
				.successHandler(new SocialLoginSuccess(social, webSignIn, contextRepository))
				.failureUrl("/login?socialFailed"));
		}
		return http.build();
	}

	private static boolean isGatewayHandOver(HttpServletRequest request) {
		return request.getRequestURI().matches("/payments/(checkouts/[^/]+/go|easypaisa/[^/]+/token/[^/]+)");
	}

	private static boolean isSwaggerUi(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/swagger-ui");
	}

	/**
	 * API calls without a browser session (a valid bearer token, mobile sign-up and sign-in) need no CSRF token; a call
	 * that rides on session or remember-me cookies does, whatever other headers it carries.
	 */
	private static boolean isStatelessApiCall(HttpServletRequest request, String sessionCookie) {
		if (!request.getRequestURI().startsWith("/api/")) {
			return false;
		}
		if (Boolean.TRUE.equals(request.getAttribute(BearerTokenFilter.AUTHENTICATED))) {
			return true;
		}
		Cookie[] cookies = request.getCookies();
		return cookies == null || List.of(cookies)
			.stream()
			.noneMatch(c -> sessionCookie.equals(c.getName()) || REMEMBER_ME_COOKIE.equals(c.getName()));
	}

	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName("aj_csrf");
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	PersistentTokenBasedRememberMeServices rememberMeServices(Keys keys, PersistentTokenRepository tokens,
			AccountDirectory directory, Principals principals) {
		UserDetailsService byId = id -> {
			User user = activeUser(directory, id);
			return org.springframework.security.core.userdetails.User.withUsername(id)
				.password("")
				.authorities(Principals.authorities(principals.principal(user)))
				.build();
		};
		PersistentTokenBasedRememberMeServices services = new PersistentTokenBasedRememberMeServices(
				keys.rememberMeKey(), byId, tokens) {
			// The repository keeps only a hash of each token value, so the presented one is compared as its hash.
			@Override
			protected String[] decodeCookie(String cookieValue) {
				String[] parts = super.decodeCookie(cookieValue);
				if (parts.length == 2) {
					parts[1] = Secrets.hash(parts[1]);
				}
				return parts;
			}

			@Override
			protected Authentication createSuccessfulAuthentication(HttpServletRequest request, UserDetails details) {
				User user = activeUser(directory, details.getUsername());
				var principal = principals.principal(user);
				return new RememberMeAuthenticationToken(getKey(), principal, Principals.authorities(principal));
			}
		};
		services.setCookieName(REMEMBER_ME_COOKIE);
		services.setParameter("remember-me");
		services.setTokenValiditySeconds((int) java.time.Duration.ofDays(30).toSeconds());
		return services;
	}

	private static User activeUser(AccountDirectory directory, String id) {
		try {
			return directory.user(new UserId(UUID.fromString(id)))
				.filter(u -> u.getStatus() != AccountStatus.CLOSED)
				.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		}
		catch (IllegalArgumentException ex) {
			throw new UsernameNotFoundException("No such account");
		}
	}
}
