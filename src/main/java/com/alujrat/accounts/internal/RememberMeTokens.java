package com.alujrat.accounts.internal;

import java.sql.Timestamp;
import java.util.Date;

import com.alujrat.platform.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Remember-me series in this module's schema; the username is the user id. Token values are stored hashed, like API
 * tokens: the services hash the presented cookie's token before comparing (see {@code SecurityConfiguration}).
 */
@Component
class RememberMeTokens implements PersistentTokenRepository {

	private final JdbcClient jdbc;

	RememberMeTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void createNewToken(PersistentRememberMeToken token) {
		jdbc.sql("insert into accounts.remember_me_tokens (series, username, token, last_used) values (?, ?, ?, ?)")
			.params(token.getSeries(), token.getUsername(), Secrets.hash(token.getTokenValue()),
					new Timestamp(token.getDate().getTime()))
			.update();
	}

	@Override
	public void updateToken(String series, String tokenValue, Date lastUsed) {
		jdbc.sql("update accounts.remember_me_tokens set token = ?, last_used = ? where series = ?")
			.params(Secrets.hash(tokenValue), new Timestamp(lastUsed.getTime()), series)
			.update();
	}

	@Override
	public PersistentRememberMeToken getTokenForSeries(String seriesId) {
		return jdbc.sql("select username, series, token, last_used from accounts.remember_me_tokens where series = ?")
			.param(seriesId)
			.query((rs, n) -> new PersistentRememberMeToken(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4)))
			.optional()
			.orElse(null);
	}

	@Override
	public void removeUserTokens(String username) {
		jdbc.sql("delete from accounts.remember_me_tokens where username = ?").param(username).update();
	}
}
