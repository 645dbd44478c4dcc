package com.alujrat.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import com.alujrat.AlUjratApplication;
import com.alujrat.notifications.internal.LiveStream;
import com.alujrat.platform.Secrets;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Live delivery under many open streams: the time from the start of {@code POST /api/v1/conversations/{id}/messages}
 * to the arrival of its {@code message} event on the recipient's open stream ({@code GET /api/v1/events}), for one
 * stream (the baseline), for {@code streams} streams of as many users on one node, and for as many streams on a second
 * node while messages are posted on the first (PostgreSQL LISTEN/NOTIFY carries them across). Users, tokens and
 * conversations are written straight into the database (a data generator); messages go through the API. Run by
 * {@code bench/sse/run}; clients and nodes share this JVM and the machine's cores.
 */
public final class SseBench {

	private static final Pattern CONVERSATION = Pattern.compile("\"conversationId\":\"([0-9a-f-]{36})\"");

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(30))
		.build();

	private record Pair(UUID conversation, String senderToken, String receiverToken) {
	}

	public static void main(String[] args) throws Exception {
		int streams = Integer.getInteger("streams", 5_000);
		int messages = Integer.getInteger("messages", 1_000);
		int rate = Integer.getInteger("rate", 40);
		String dir = System.getProperty("dir", "bench/.sse");
		try (ConfigurableApplicationContext first = node(dir, Map.of())) {
			DataSource data = first.getBean(DataSource.class);
			HikariDataSource hikari = (HikariDataSource) data;
			try (ConfigurableApplicationContext second = node(dir, Map.of("spring.datasource.url", hikari.getJdbcUrl(),
					"spring.datasource.username", hikari.getUsername(), "spring.datasource.password",
					hikari.getPassword() == null ? "" : hikari.getPassword()))) {
				JdbcTemplate jdbc = new JdbcTemplate(data);
				List<Pair> pairs = generate(jdbc, streams);
				int one = port(first);
				int two = port(second);
				System.out.printf(Locale.ROOT, "%d users with streams, %d messages at %d/s each run%n", streams,
						messages, rate);
				run("warm-up (not counted)", pairs.subList(0, 50), one, one, 200, rate, first, second);
				Result baseline = run("baseline: 1 stream, same node", pairs.subList(0, 1), one, one,
						Math.min(messages, 200), rate, first, second);
				Result single = run("one node: " + streams + " streams", pairs, one, one, messages, rate, first, second);
				Result cross = run("two nodes: " + streams + " streams on node 2, posts on node 1", pairs, two, one,
						messages, rate, first, second);
				System.out.printf(Locale.ROOT, "%nratio p50 / baseline p50: one node %.2f, two nodes %.2f%n",
						single.p50 / baseline.p50, cross.p50 / baseline.p50);
				System.out.printf(Locale.ROOT, "ratio p99 / baseline p99: one node %.2f, two nodes %.2f%n",
						single.p99 / baseline.p99, cross.p99 / baseline.p99);
				System.out.printf(Locale.ROOT, "target p99 <= 100 ms: one node %s, two nodes %s%n",
						single.p99 <= 100 ? "met" : "missed", cross.p99 <= 100 ? "met" : "missed");
			}
		}
		System.exit(0);
	}

	private static ConfigurableApplicationContext node(String dir, Map<String, Object> database) {
		Map<String, Object> properties = new java.util.HashMap<>(Map.of("server.port", "0",
				"alujrat.embedded-db.dir", dir + "/postgres", "alujrat.keys.dir", dir + "/keys", "alujrat.files.dir",
				dir + "/files", "spring.main.banner-mode", "off", "logging.level.root", "WARN",
				"server.tomcat.max-connections", "20000", "spring.datasource.hikari.maximum-pool-size", "20",
				"alujrat.limits.messages-per-minute", "100000"));
		properties.putAll(database);
		return new SpringApplicationBuilder(AlUjratApplication.class).properties(properties).run();
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	/** One employer per ten freelancers; each freelancer in one conversation with their employer. */
	private static List<Pair> generate(JdbcTemplate jdbc, int receivers) {
		String run = Long.toString(System.nanoTime(), 36);
		List<Pair> pairs = new ArrayList<>();
		List<Object[]> users = new ArrayList<>();
		List<Object[]> tokens = new ArrayList<>();
		List<Object[]> conversations = new ArrayList<>();
		List<Object[]> participants = new ArrayList<>();
		UUID employer = null;
		String employerToken = null;
		java.sql.Timestamp expires = java.sql.Timestamp.from(java.time.Instant.now().plus(Duration.ofHours(2)));
		for (int i = 0; i < receivers; i++) {
			if (i % 10 == 0) {
				employer = UUID.randomUUID();
				employerToken = Secrets.newToken();
				users.add(new Object[] { employer, "Bench Employer", "e" + i + "-" + run + "@bench.pk", "EMPLOYER" });
				tokens.add(new Object[] { Secrets.hash(employerToken), employer, UUID.randomUUID(), expires });
			}
			UUID freelancer = UUID.randomUUID();
			String token = Secrets.newToken();
			users.add(new Object[] { freelancer, "Bench Freelancer", "f" + i + "-" + run + "@bench.pk", "FREELANCER" });
			tokens.add(new Object[] { Secrets.hash(token), freelancer, UUID.randomUUID(), expires });
			UUID conversation = UUID.randomUUID();
			conversations.add(new Object[] { conversation, employer, freelancer, UUID.randomUUID() });
			participants.add(new Object[] { conversation, employer, "EMPLOYER" });
			participants.add(new Object[] { conversation, freelancer, "FREELANCER" });
			pairs.add(new Pair(conversation, employerToken, token));
		}
		jdbc.batchUpdate("""
				insert into accounts.users (id, full_name, email, email_verified, account_type, date_of_birth, status, version)
				values (?, ?, ?, true, ?, date '1990-01-01', 'ACTIVE', 0)""", users);
		jdbc.batchUpdate("""
				insert into accounts.api_tokens (token_hash, user_id, kind, family, expires_at) values (?, ?, 'ACCESS', ?, ?)""",
				tokens);
		jdbc.batchUpdate("""
				insert into messaging.conversations (id, employer_id, freelancer_id, context, context_id, title, created_at,
				    last_message_at) values (?, ?, ?, 'PROJECT', ?, 'Bench', now(), now())""", conversations);
		jdbc.batchUpdate("""
				insert into messaging.participants (conversation_id, user_id, role, joined_at) values (?, ?, ?, now())""",
				participants);
		return pairs;
	}

	private record Result(double p50, double p99) {
	}

	private static Result run(String name, List<Pair> pairs, int streamPort, int postPort, int messages, int rate,
			ConfigurableApplicationContext... nodes) throws Exception {
		Map<UUID, Long> sentAt = new ConcurrentHashMap<>();
		List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch open = new CountDownLatch(pairs.size());
		List<Flow.Subscription> subscriptions = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger failed = new AtomicInteger();
		for (int i = 0; i < pairs.size(); i++) {
			Pair pair = pairs.get(i);
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + streamPort + "/api/v1/events"))
				.header("Authorization", "Bearer " + pair.receiverToken())
				.header("Accept", "text/event-stream")
				.build();
			HTTP.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
				@Override
				public void onSubscribe(Flow.Subscription subscription) {
					subscriptions.add(subscription);
					subscription.request(Long.MAX_VALUE);
				}

				@Override
				public void onNext(String line) {
					if (line.startsWith(":connected")) {
						open.countDown();
					}
					else if (line.startsWith("data:")) {
						Matcher matcher = CONVERSATION.matcher(line);
						if (matcher.find()) {
							Long start = sentAt.remove(UUID.fromString(matcher.group(1)));
							if (start != null) {
								latencies.add((System.nanoTime() - start) / 1e6);
							}
						}
					}
				}

				@Override
				public void onError(Throwable throwable) {
					failed.incrementAndGet();
				}

				@Override
				public void onComplete() {
				}
			})).exceptionally(error -> {
				failed.incrementAndGet();
				open.countDown();
				return null;
			});
			if (i % 200 == 199) {
				Thread.sleep(100);
			}
		}
		if (!open.await(5, TimeUnit.MINUTES)) {
			throw new IllegalStateException("streams did not open: " + open.getCount() + " left");
		}
		int held = 0;
		for (ConfigurableApplicationContext node : nodes) {
			held += node.getBean(LiveStream.class).openStreams();
		}
		Thread.sleep(2_000);
		long interval = 1_000_000_000L / rate;
		long next = System.nanoTime();
		java.util.concurrent.ExecutorService posters = java.util.concurrent.Executors.newFixedThreadPool(8);
		AtomicInteger refused = new AtomicInteger();
		for (int m = 0; m < messages; m++) {
			Pair pair = pairs.get(m % pairs.size());
			long wait = next - System.nanoTime();
			if (wait > 0) {
				java.util.concurrent.locks.LockSupport.parkNanos(wait);
			}
			next += interval;
			posters.execute(() -> {
				HttpRequest post = HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + postPort + "/api/v1/conversations/" + pair.conversation()
							+ "/messages"))
					.header("Authorization", "Bearer " + pair.senderToken())
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"Bench message\"}"))
					.build();
				sentAt.put(pair.conversation(), System.nanoTime());
				try {
					if (HTTP.send(post, HttpResponse.BodyHandlers.discarding()).statusCode() != 201) {
						refused.incrementAndGet();
					}
				}
				catch (Exception ex) {
					refused.incrementAndGet();
				}
			});
			// One message in flight per conversation: a pair comes round again only after many others.
		}
		posters.shutdown();
		posters.awaitTermination(2, TimeUnit.MINUTES);
		Thread.sleep(3_000);
		subscriptions.forEach(Flow.Subscription::cancel);
		List<Double> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		double p50 = percentile(sorted, 0.50);
		double p99 = percentile(sorted, 0.99);
		System.out.printf(Locale.ROOT,
				"%n%s%n  streams held by the nodes: %d (failed to open or dropped: %d)%n  messages: %d posted, %d refused,"
						+ " %d received (%d lost)%n  POST to receipt: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				name, held, failed.get(), messages, refused.get(), sorted.size(), messages - refused.get() - sorted.size(),
				p50, p99, sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
		// The nodes notice closed streams at their next heartbeat (every 20 s): let them, before the next run.
		Thread.sleep(pairs.size() > 100 ? 25_000 : 2_000);
		return new Result(p50, p99);
	}

	private static double percentile(List<Double> sorted, double q) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
	}
}
