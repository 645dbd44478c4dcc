package com.alujrat.activity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

import com.alujrat.privacy.Consents;
import com.alujrat.shared.UserId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The request log's buffer and its writer. A request only offers its record to a bounded queue: when the queue is
 * full the record is dropped and counted ({@code alujrat.activity.dropped}), so no request ever waits for the log.
 * One thread writes what has gathered in batches, parsing user agents and applying consent as it goes: a request
 * that is not for security is kept only when its person consented to analytics.
 */
@Component
public class UsageLog implements SmartLifecycle {

	/** {@code analytics} is the browser's cookie answer, or null when only the signed-in user's stored choice can tell. */
	public record Visit(Instant at, UUID user, UUID visitor, String ip, String userAgent, String method, String path,
			String referrer, int status, boolean security, Boolean analytics) {
	}

	private static final int BATCH = 500;

	private final BlockingQueue<Visit> buffer;

	private final AtomicLong dropped = new AtomicLong();

	private final JdbcTemplate jdbc;

	private final UserAgents agents;

	private final Consents consents;

	private volatile Thread writer;

	UsageLog(JdbcTemplate jdbc, UserAgents agents, Consents consents, MeterRegistry meters,
			@Value("${alujrat.activity.buffer:10000}") int capacity) {
		this.jdbc = jdbc;
		this.agents = agents;
		this.consents = consents;
		this.buffer = new ArrayBlockingQueue<>(capacity);
		FunctionCounter.builder("alujrat.activity.dropped", dropped, AtomicLong::get)
			.description("Request records dropped because the usage log's buffer was full")
			.register(meters);
	}

	/** Never blocks: a full buffer drops the record and counts it. */
	public void record(Visit visit) {
		if (!buffer.offer(visit)) {
			dropped.incrementAndGet();
		}
	}

	public long dropped() {
		return dropped.get();
	}

	/** Writes everything buffered so far (the writer does this on its own every second). */
	public synchronized void flush() {
		List<Visit> batch = new ArrayList<>();
		while (buffer.drainTo(batch, BATCH) > 0) {
			write(batch);
			batch.clear();
		}
	}

	private void run() {
		while (!Thread.currentThread().isInterrupted()) {
			try {
				Visit first = buffer.poll(1, TimeUnit.SECONDS);
				if (first != null) {
					synchronized (this) {
						List<Visit> batch = new ArrayList<>(List.of(first));
						buffer.drainTo(batch, BATCH - 1);
						write(batch);
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				// A batch that cannot be written (the database away) is lost, not retried: the log must not pile up.
				org.slf4j.LoggerFactory.getLogger(UsageLog.class).warn("Usage records not written", ex);
			}
		}
	}

	private void write(List<Visit> batch) {
		Map<UUID, Boolean> stored = new HashMap<>();
		List<Object[]> rows = new ArrayList<>();
		for (Visit visit : batch) {
			boolean analytics = visit.analytics() != null ? visit.analytics()
					: visit.user() != null && stored.computeIfAbsent(visit.user(), u -> consents.analytics(new UserId(u)));
			if (!visit.security() && !analytics) {
				continue;
			}
			UserAgents.Agent agent = agents.parse(visit.userAgent());
			rows.add(new Object[] { Timestamp.from(visit.at()), visit.user(), visit.visitor(), visit.ip(),
					agent.browser(), agent.os(), agent.device(), visit.method(), visit.path(), visit.referrer(),
					visit.status(), visit.security() ? "SECURITY" : "ANALYTICS" });
		}
		if (!rows.isEmpty()) {
			jdbc.batchUpdate("""
					insert into activity.requests (at, user_id, visitor_id, ip, browser, os, device, method, path,
					    referrer, status, purpose) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		}
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::run, "usage-writer");
		thread.setDaemon(true);
		writer = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread thread = writer;
		writer = null;
		if (thread != null) {
			thread.interrupt();
		}
		flush();
	}

	@Override
	public boolean isRunning() {
		return writer != null;
	}
}
