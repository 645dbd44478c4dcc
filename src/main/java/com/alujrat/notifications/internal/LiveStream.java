package com.alujrat.notifications.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import com.alujrat.shared.UserId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live streams of the users connected to this node. Events are rows of {@code notifications.live_events};
 * {@code pg_notify} in the writing transaction tells every node (this one too) once it commits, and the node that
 * holds the user's streams reads the rows they have not had yet. The same read answers a reconnect with
 * {@code Last-Event-ID}, so a stream never skips an event and never gets one twice.
 */
@Component
public class LiveStream implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveStream.class);

	static final String CHANNEL = "alujrat_live";

	/** A browser reconnects on its own after this; an app should too. */
	private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

	private static final Duration LATE_COMMITS = Duration.ofSeconds(5);

	/** Streams one user may hold on a node (tabs and devices); opening one more closes their oldest. */
	static final int STREAMS_PER_USER = 5;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final JsonMapper json;

	private final Clock clock;

	private final Map<UserId, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();

	// Made at each start: a context can be stopped and started again (the test framework pauses idle contexts).
	private volatile ExecutorService senders;

	private volatile java.util.concurrent.ScheduledExecutorService pings;

	private volatile boolean running;

	private Thread listener;

	LiveStream(JdbcClient jdbc, DataSource dataSource, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.json = json;
		this.clock = clock;
	}

	public void append(UserId to, String type, Object data) {
		long id = jdbc.sql("insert into notifications.live_events (user_id, type, data, created_at) values (?, ?, ?, ?) returning id")
			.params(to.value(), type, json.writeValueAsString(data), java.sql.Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, to.value() + ":" + id).query(String.class).single();
	}

	/** Ends the user's streams on every node once the calling transaction commits. */
	public void disconnect(UserId user) {
		jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, user.value() + ":close").query(String.class).single();
	}

	/** Opens a stream for a user, first replaying what came after {@code lastEventId} (nothing if null). */
	public SseEmitter open(UserId user, Long lastEventId) {
		SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
		Subscriber subscriber = new Subscriber(user, emitter, lastEventId == null ? latestId(user) : lastEventId);
		List<Subscriber> evicted = new java.util.ArrayList<>();
		// Added and trimmed in one step on the map, so a close or a last stream ending meanwhile cannot orphan the set.
		subscribers.compute(user, (u, set) -> {
			Set<Subscriber> mine = set == null ? ConcurrentHashMap.newKeySet() : set;
			mine.add(subscriber);
			while (mine.size() > STREAMS_PER_USER) {
				Subscriber oldest = mine.stream().min(java.util.Comparator.comparingLong(s -> s.openedAt)).orElseThrow();
				mine.remove(oldest);
				evicted.add(oldest);
			}
			return mine;
		});
		evicted.forEach(oldest -> senders.execute(oldest.emitter::complete));
		Runnable remove = () -> forget(subscriber);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError(error -> remove.run());
		senders.execute(() -> {
			if (subscriber.comment("connected")) {
				deliver(subscriber);
			}
			else {
				forget(subscriber);
			}
		});
		return emitter;
	}

	/** How many streams this node holds (for the benchmark and the health of a node). */
	public int openStreams() {
		return subscribers.values().stream().mapToInt(Set::size).sum();
	}

	private long latestId(UserId user) {
		return jdbc.sql("select coalesce(max(id), 0) from notifications.live_events where user_id = ?")
			.param(user.value())
			.query(Long.class)
			.single();
	}

	private void forget(Subscriber subscriber) {
		subscribers.computeIfPresent(subscriber.user, (user, set) -> {
			set.remove(subscriber);
			return set.isEmpty() ? null : set;
		});
	}

	/** Sends one stream what it has not had yet (a new stream's replay). */
	private void deliver(Subscriber subscriber) {
		send(Set.of(subscriber), rows(subscriber.user, subscriber.lastSent));
	}

	/** Sends every stream of a user what each has not had yet, read once for all of them. */
	private void deliverTo(UserId user) {
		Set<Subscriber> streams = subscribers.get(user);
		if (streams == null || streams.isEmpty()) {
			return;
		}
		long from = streams.stream().mapToLong(subscriber -> subscriber.lastSent).min().orElse(0);
		send(streams, rows(user, from));
	}

	/**
	 * The user's events after {@code after}, and those of the last seconds again: ids are taken when a row is written
	 * but become visible when its transaction commits, so a lower id can appear after a higher one was sent.
	 */
	private List<Row> rows(UserId user, long after) {
		return jdbc.sql("""
				select id, type, data from notifications.live_events where user_id = ? and (id > ? or created_at > ?)
				order by id limit 500""")
			.params(user.value(), after, java.sql.Timestamp.from(clock.instant().minus(LATE_COMMITS)))
			.query(Row.class)
			.list();
	}

	private void send(Set<Subscriber> streams, List<Row> rows) {
		for (Subscriber subscriber : streams) {
			synchronized (subscriber) {
				for (Row row : rows) {
					if (!subscriber.unsent(row.id())) {
						continue;
					}
					try {
						subscriber.emitter
							.send(SseEmitter.event().id(Long.toString(row.id())).name(row.type()).data(row.data()));
						subscriber.sent(row.id());
					}
					catch (IOException | IllegalStateException ex) {
						forget(subscriber);
						break;
					}
				}
			}
		}
	}

	private void notified(String payload) {
		int colon = payload.indexOf(':');
		if (colon < 0) {
			return;
		}
		UserId user = new UserId(UUID.fromString(payload.substring(0, colon)));
		if (payload.endsWith(":close")) {
			Set<Subscriber> streams = subscribers.remove(user);
			if (streams != null) {
				streams.forEach(subscriber -> subscriber.emitter.complete());
			}
			return;
		}
		if (subscribers.containsKey(user)) {
			senders.execute(() -> deliverTo(user));
		}
	}

	/**
	 * Keeps idle connections open through proxies and finds the ones that went away. It runs on a thread of its own,
	 * one stream after another, so that thousands of pings never queue in front of a message and a stuck stream never
	 * holds up the platform's scheduled jobs.
	 */
	void heartbeat() {
		subscribers.values().forEach(set -> set.forEach(subscriber -> {
			if (!subscriber.comment("ping")) {
				forget(subscriber);
			}
		}));
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "notifications-live-events", lockAtMostFor = "PT10M")
	void forgetOldEvents() {
		jdbc.sql("delete from notifications.live_events where created_at < ?")
			.param(java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
			.update();
	}

	private void listen() {
		while (running) {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + CHANNEL);
				}
				PGConnection pg = connection.unwrap(PGConnection.class);
				// Streams opened while this node was not listening may have missed a notice: read them once.
				subscribers.keySet().forEach(user -> senders.execute(() -> deliverTo(user)));
				while (running) {
					PGNotification[] notifications = pg.getNotifications(1000);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							notified(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (running) {
					log.warn("Listening for live events failed; trying again in a second", ex);
					sleep();
				}
			}
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		senders = Executors.newFixedThreadPool(4, daemon("live-events"));
		pings = Executors.newSingleThreadScheduledExecutor(daemon("live-events-heartbeat"));
		running = true;
		listener = new Thread(this::listen, "live-events-listener");
		listener.setDaemon(true);
		listener.start();
		pings.scheduleWithFixedDelay(this::heartbeat, 20, 20, java.util.concurrent.TimeUnit.SECONDS);
	}

	@Override
	public void stop() {
		running = false;
		subscribers.values().forEach(set -> set.forEach(subscriber -> subscriber.emitter.complete()));
		subscribers.clear();
		senders.shutdownNow();
		pings.shutdownNow();
	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private record Row(long id, String type, String data) {
	}

	private static final class Subscriber {

		private final UserId user;

		private final SseEmitter emitter;

		/** The newest event sent (or the one the client said it had): where the next read starts. */
		private long lastSent;

		/** Events up to here the client had before this stream opened. */
		private final long floor;

		/** The ids sent lately, so that an event read again (around a late commit) is not sent twice. */
		private final java.util.LinkedHashSet<Long> recent = new java.util.LinkedHashSet<>();

		private final long openedAt = System.nanoTime();

		Subscriber(UserId user, SseEmitter emitter, long lastSent) {
			this.user = user;
			this.emitter = emitter;
			this.lastSent = lastSent;
			this.floor = lastSent;
		}

		boolean unsent(long id) {
			return id > floor && !recent.contains(id);
		}

		void sent(long id) {
			lastSent = Math.max(lastSent, id);
			recent.add(id);
			if (recent.size() > 1024) {
				recent.remove(recent.iterator().next());
			}
		}

		/** Sends a comment line; answers false when the stream has gone (the caller forgets it). */
		boolean comment(String text) {
			synchronized (this) {
				try {
					emitter.send(SseEmitter.event().comment(text));
					return true;
				}
				catch (IOException | RuntimeException ex) {
					return false;
				}
			}
		}

	}
}
