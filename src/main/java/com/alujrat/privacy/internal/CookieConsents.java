package com.alujrat.privacy.internal;

import java.util.UUID;

import com.alujrat.platform.web.CookieConsent;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every cookie choice, per visitor and, once signed in, per user: the record of what was consented to. */
@Component
public class CookieConsents {

	private final JdbcClient jdbc;

	CookieConsents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The visitor's earlier, anonymous answers become the signed-in user's. */
	public void claim(UUID visitorId, UserId userId) {
		jdbc.sql("update privacy.cookie_consents set user_id = ? where visitor_id = ? and user_id is null")
			.params(userId.value(), visitorId)
			.update();
	}

	public void record(UUID visitorId, UserId userId, CookieConsent consent) {
		jdbc.sql("""
				insert into privacy.cookie_consents (visitor_id, user_id, preferences, analytics, marketing)
				values (?, ?, ?, ?, ?)""")
			.params(visitorId, userId == null ? null : userId.value(), consent.preferences(), consent.analytics(),
					consent.marketing())
			.update();
	}

	/** The user's latest choice, wherever they made it (the banner, the app); nothing chosen means nothing optional. */
	public CookieConsent latest(UserId userId) {
		return jdbc.sql("""
				select preferences, analytics, marketing from privacy.cookie_consents
				where user_id = ? order by chosen_at desc, id desc limit 1""")
			.param(userId.value())
			.query((rs, n) -> new CookieConsent(rs.getBoolean("preferences"), rs.getBoolean("analytics"),
					rs.getBoolean("marketing")))
			.optional()
			.orElse(new CookieConsent(false, false, false));
	}
}
