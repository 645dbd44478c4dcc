package com.alujrat.accounts.internal.security;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.alujrat.accounts.internal.Devices;
import com.alujrat.accounts.internal.Principals;
import com.alujrat.accounts.internal.User;
import com.alujrat.accounts.internal.WebSessions;
import com.alujrat.platform.web.Languages;
import com.alujrat.shared.SignedInUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Starts a web session for a user whose credentials were checked: a new session id (no fixation), the security
 * context saved, remember-me if asked, and the device noted (a new one is announced by email).
 */
@Component
public class WebSignIn {

	static final String DEVICE_COOKIE = "aj_device";

	static final Duration STAFF_IDLE_TIMEOUT = Duration.ofMinutes(15);

	/** How long a sign-in whose first step passed waits for its second factor. */
	static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);

	private static final String PENDING = "aj.pending";

	/** A sign-in whose first step passed (password, or Google/Facebook) and that waits for the second factor. */
	public record Pending(UUID userId, int epoch, boolean remember, Instant since) implements Serializable {
	}

	private final Principals principals;

	private final SecurityContextRepository repository;

	private final RememberMeServices rememberMe;

	private final Devices devices;

	private final Clock clock;

	WebSignIn(Principals principals, SecurityContextRepository repository, RememberMeServices rememberMe,
			Devices devices, Clock clock) {
		this.clock = clock;
		this.principals = principals;
		this.repository = repository;
		this.rememberMe = rememberMe;
		this.devices = devices;
	}

	public void signIn(User user, HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession();
		request.changeSessionId();
		Authentication authentication = principals.authentication(user);
		boolean staff = ((SignedInUser) authentication.getPrincipal()).isStaff();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		repository.saveContext(context, request, response);
		String device = DeviceDescriptions.describe(request.getHeader("User-Agent"));
		session.setAttribute(WebSessions.DEVICE, device);
		session.setAttribute(WebSessions.IP, request.getRemoteAddr());
		session.setAttribute(Languages.SESSION_ATTRIBUTE, Languages.supported(Locale.forLanguageTag(user.getLocale())));
		session.setAttribute(AccountGate.EPOCH, user.getSecurityEpoch());
		// Staff powers idle out after fifteen minutes and are never remembered across browser restarts.
		if (staff) {
			session.setMaxInactiveInterval((int) STAFF_IDLE_TIMEOUT.toSeconds());
		}
		else {
			rememberMe.loginSuccess(request, response, authentication);
		}
		devices.signedIn(user.getId(), deviceKey(request, response), device, request.getRemoteAddr());
	}

	/**
	 * The first step passed for an account with two-factor on: the session (under a new id) remembers who, at which
	 * security epoch, until the code comes.
	 */
	public void awaitSecondFactor(HttpServletRequest request, UUID userId, int epoch, boolean remember) {
		HttpSession session = request.getSession();
		request.changeSessionId();
		session.setAttribute(PENDING, new Pending(userId, epoch, remember, clock.instant()));
	}

	/** The sign-in this session waits to finish, unless it waited longer than {@link #PENDING_LIFETIME}. */
	public Optional<Pending> pending(HttpSession session) {
		if (!(session.getAttribute(PENDING) instanceof Pending pending)) {
			return Optional.empty();
		}
		if (pending.since().plus(PENDING_LIFETIME).isBefore(clock.instant())) {
			forgetPending(session);
			return Optional.empty();
		}
		return Optional.of(pending);
	}

	public static void forgetPending(HttpSession session) {
		session.removeAttribute(PENDING);
	}

	/** A random id in a necessary cookie recognises this browser on the next sign-in. */
	private static String deviceKey(HttpServletRequest request, HttpServletResponse response) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (DEVICE_COOKIE.equals(cookie.getName()) && cookie.getValue().length() <= 64) {
					return cookie.getValue();
				}
			}
		}
		String key = UUID.randomUUID().toString();
		Cookie cookie = new Cookie(DEVICE_COOKIE, key);
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge((int) Duration.ofDays(400).toSeconds());
		response.addCookie(cookie);
		return key;
	}
}
