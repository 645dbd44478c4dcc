package com.alujrat.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.alujrat.platform.Keys;
import com.alujrat.shared.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marketing opt-ins, and the unsubscribe token every marketing mail carries: the user id with a keyed MAC of it,
 * so the link works without signing in, names one user only, and nothing secret is stored.
 */
@Component
public class MarketingConsents {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final byte[] key;

	MarketingConsents(JdbcClient jdbc, Clock clock, Keys keys) throws GeneralSecurityException {
		this.jdbc = jdbc;
		this.clock = clock;
		this.key = keys.prf().compute("marketing-unsubscribe".getBytes(StandardCharsets.UTF_8), 32);
	}

	@Transactional
	public void choose(UserId user, boolean optedIn, String source) {
		jdbc.sql("""
				insert into notifications.marketing_consents (user_id, opted_in, changed_at, source) values (?, ?, ?, ?)
				on conflict (user_id) do update set opted_in = excluded.opted_in, changed_at = excluded.changed_at,
				    source = excluded.source""")
			.params(user.value(), optedIn, Timestamp.from(clock.instant()), source)
			.update();
	}

	public boolean optedIn(UserId user) {
		return jdbc.sql("select opted_in from notifications.marketing_consents where user_id = ?")
			.param(user.value())
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	public List<UserId> optedIn() {
		return jdbc.sql("select user_id from notifications.marketing_consents where opted_in order by user_id")
			.query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
			.list();
	}

	public String unsubscribeToken(UserId user) {
		return user.value() + "." + mac(user.value().toString());
	}

	/** The user a token names, if the token is genuine. */
	public Optional<UserId> holder(String token) {
		if (token == null || token.indexOf('.') != 36) {
			return Optional.empty();
		}
		String id = token.substring(0, 36);
		boolean genuine = MessageDigest.isEqual(mac(id).getBytes(StandardCharsets.US_ASCII),
				token.substring(37).getBytes(StandardCharsets.US_ASCII));
		try {
			return genuine ? Optional.of(new UserId(UUID.fromString(id))) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private String mac(String value) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
