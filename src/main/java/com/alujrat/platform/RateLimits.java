package com.alujrat.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits against automation (per address, per account), counted in PostgreSQL so every node shares them: a fixed
 * window per key, one upsert per check. A hit counts even when the caller's own transaction rolls back (a refused
 * sign-up is still an attempt), so each check runs in a transaction of its own.
 */
@Component
public class RateLimits {

	private final JdbcClient jdbc;

	private final Clock clock;

	RateLimits(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** True when the action under {@code key} is still within {@code count} per {@code period}. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean tryAcquire(String key, int count, Duration period) {
		return retryAfter(key, count, period).isZero();
	}

	/**
	 * Counts the action and refuses it past the limit with {@link RateLimited}, which says when to try again.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void require(String key, int count, Duration period) {
		Duration wait = retryAfter(key, count, period);
		if (!wait.isZero()) {
			throw new RateLimited(wait);
		}
	}

	/** How long {@code key} stays over {@code count} per {@code period} without counting anything: zero if it is not. */
	public Duration exhausted(String key, int count, Duration period) {
		Instant now = clock.instant();
		return jdbc.sql("select window_ends from platform.rate_limits where key = ? and hits >= ? and window_ends > ?")
			.params(stored(key, period), count, Timestamp.from(now))
			.query((rs, n) -> Duration.between(now, rs.getTimestamp(1).toInstant()).plusSeconds(1))
			.optional()
			.orElse(Duration.ZERO);
	}

	/** Counts one action under {@code key} (a failure, say) without refusing anything. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void count(String key, Duration period) {
		retryAfter(key, Integer.MAX_VALUE, period);
	}

	/** Forgets the count under {@code key}: a success clears the failures before it. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void reset(String key, Duration period) {
		jdbc.sql("delete from platform.rate_limits where key = ?").param(stored(key, period)).update();
	}

	private Duration retryAfter(String key, int count, Duration period) {
		Instant now = clock.instant();
		Instant windowEnds = jdbc.sql("""
				insert into platform.rate_limits as l (key, hits, window_ends) values (:key, 1, :ends)
				on conflict (key) do update set
				  hits = case when l.window_ends <= :now then 1 else l.hits + 1 end,
				  window_ends = case when l.window_ends <= :now then :ends else l.window_ends end
				returning case when hits > :count then window_ends end""")
			.param("key", stored(key, period))
			.param("now", Timestamp.from(now))
			.param("ends", Timestamp.from(now.plus(period)))
			.param("count", count)
			.query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
			.optional()
			.orElse(null);
		return windowEnds == null ? Duration.ZERO : Duration.between(now, windowEnds).plusSeconds(1);
	}

	/** Keys carry what callers send (an email, say): a long one is stored as its hash, so it always fits the index. */
	private static String stored(String key, Duration period) {
		String full = key + "|" + period.toSeconds();
		return full.length() <= 200 ? full : full.substring(0, 40) + "#" + Secrets.hash(full);
	}

	/**
	 * The part of a client address that a limit counts: the whole IPv4 address, the /64 network of an IPv6 one
	 * (one subscriber usually holds a whole /64, so counting single addresses would not limit anyone).
	 */
	public static String client(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return address;
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length != 16) {
				return InetAddress.getByAddress(bytes).getHostAddress();
			}
			Arrays.fill(bytes, 8, 16, (byte) 0);
			return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 600_000)
	void forgetEndedWindows() {
		jdbc.sql("delete from platform.rate_limits where window_ends < ?")
			.param(Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))))
			.update();
	}
}
