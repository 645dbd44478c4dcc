package com.alujrat.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client of the live event stream ({@code GET /api/v1/events}) as an app holds it: bearer token, one connection. */
public final class LiveClient implements AutoCloseable {

	public record Event(String id, String type, String data, long receivedNanos) {
	}

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

	private final InputStream body;

	private final Thread reader;

	public final int status;

	private LiveClient(InputStream body, int status) {
		this.body = body;
		this.status = status;
		this.reader = new Thread(this::read, "live-client");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/** Connects with a bearer token, and with {@code lastEventId} when given; waits until the stream is open. */
	public static LiveClient connect(int port, String token, String lastEventId) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events"))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "text/event-stream");
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		try {
			HttpResponse<InputStream> response = HttpClient.newBuilder()
				.connectTimeout(Duration.ofSeconds(5))
				.build()
				.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
			return new LiveClient(response.body(), response.statusCode());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void read() {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
			String id = null;
			String type = "message";
			StringBuilder data = new StringBuilder();
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.isEmpty()) {
					if (!data.isEmpty()) {
						events.add(new Event(id, type, data.toString(), System.nanoTime()));
					}
					id = null;
					type = "message";
					data.setLength(0);
				}
				else if (line.startsWith("id:")) {
					id = line.substring(3).strip();
				}
				else if (line.startsWith("event:")) {
					type = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5).strip());
				}
			}
		}
		catch (IOException ex) {
			// The stream ended.
		}
	}

	/** The next event of this type within the time, skipping others; null if none came. */
	public Event next(String type, Duration within) {
		long deadline = System.nanoTime() + within.toNanos();
		try {
			while (true) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return null;
				}
				Event event = events.poll(left, TimeUnit.NANOSECONDS);
				if (event == null) {
					return null;
				}
				if (event.type().equals(type)) {
					return event;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** Whether the server ended the stream within the time. */
	public boolean endedWithin(Duration within) {
		try {
			reader.join(within.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return !reader.isAlive();
	}

	@Override
	public void close() {
		try {
			body.close();
		}
		catch (IOException ex) {
			// Closing is best effort.
		}
		reader.interrupt();
	}
}
