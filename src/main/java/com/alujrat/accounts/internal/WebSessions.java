package com.alujrat.accounts.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

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

	public record ActiveSession(String id, String device, String ip, Instant lastSeen, Instant started) {
	}

	public List<ActiveSession> of(UUID userId) {
		return sessions.findByPrincipalName(userId.toString())
			.values()
			.stream()
			.map(s -> new ActiveSession(s.getId(), s.getAttribute(DEVICE), s.getAttribute(IP), s.getLastAccessedTime(),
					s.getCreationTime()))
			.sorted(Comparator.comparing(ActiveSession::lastSeen).reversed())
			.toList();
	}

	/** Ends one session, only if it belongs to the user. */
	public boolean end(UUID userId, String sessionId) {
		if (!sessions.findByPrincipalName(userId.toString()).containsKey(sessionId)) {
			return false;
		}
		sessions.deleteById(sessionId);
		return true;
	}

	/** Every session and remember-me cookie of the user stops working. */
	public void endAll(UUID userId) {
		sessions.findByPrincipalName(userId.toString()).keySet().forEach(sessions::deleteById);
		rememberMe.removeUserTokens(userId.toString());
	}
}
