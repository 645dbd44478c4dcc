package com.alujrat.accounts.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.alujrat.platform.Secrets;

import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** A user's web sessions across every node, as the Account → Security page lists and ends them. */
@Component
public class WebSessions {

	public static final String DEVICE = "aj.device";

	public static final String IP = "aj.ip";

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final PersistentTokenRepository rememberMe;

	WebSessions(FindByIndexNameSessionRepository<? extends Session> sessions, PersistentTokenRepository rememberMe) {
		this.sessions = sessions;
		this.rememberMe = rememberMe;
	}

	/**
	 * One session as its owner sees it. The handle names it in links and forms; the session id itself is the cookie
	 * value, so it never leaves the server.
	 */
	public record ActiveSession(String handle, String device, String ip, Instant lastSeen, Instant started,
			boolean current) {
	}

	public List<ActiveSession> of(UUID userId, String currentSessionId) {
		return sessions.findByPrincipalName(userId.toString())
			.values()
			.stream()
			.map(s -> new ActiveSession(handle(s.getId()), s.getAttribute(DEVICE), s.getAttribute(IP),
					s.getLastAccessedTime(), s.getCreationTime(), s.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(ActiveSession::lastSeen).reversed())
			.toList();
	}

	/** Ends the user's session with this handle; another user's session is never found. */
	public boolean end(UUID userId, String handle) {
		return sessions.findByPrincipalName(userId.toString())
			.keySet()
			.stream()
			.filter(id -> handle(id).equals(handle))
			.findFirst()
			.map(id -> {
				sessions.deleteById(id);
				return true;
			})
			.orElse(false);
	}

	/** Every web session and remember-me cookie of the user ends but the one this browser uses ({@code keep}). */
	public void endAllExcept(UUID userId, String keep) {
		sessions.findByPrincipalName(userId.toString())
			.keySet()
			.stream()
			.filter(id -> !id.equals(keep))
			.forEach(sessions::deleteById);
		rememberMe.removeUserTokens(userId.toString());
	}

	private static String handle(String sessionId) {
		return Secrets.hash("session:" + sessionId).substring(0, 32);
	}

	/** Every session and remember-me cookie of the user stops working. */
	public void endAll(UUID userId) {
		sessions.findByPrincipalName(userId.toString()).keySet().forEach(sessions::deleteById);
		rememberMe.removeUserTokens(userId.toString());
	}
}
