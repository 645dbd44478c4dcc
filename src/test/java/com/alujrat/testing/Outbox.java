package com.alujrat.testing;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the development outbox, waiting for mail that event listeners send after the request returned. */
public final class Outbox {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<]+");

	private final JdbcClient jdbc;

	public Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Mail(String subject, String text) {

		/** The path of the first link in the mail (the host differs in tests: the port is random). */
		public String linkPath() {
			Matcher matcher = LINK.matcher(text);
			if (!matcher.find()) {
				throw new AssertionError("No link in: " + text);
			}
			return java.net.URI.create(matcher.group()).getPath();
		}

		public String token() {
			String path = linkPath();
			return path.substring(path.lastIndexOf('/') + 1);
		}
	}

	public List<Mail> to(String address) {
		return jdbc.sql("select subject, text_body from notifications.dev_outbox where recipient = ? order by id desc")
			.param(address)
			.query((rs, n) -> new Mail(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** Waits for the newest mail to the address whose subject contains the words. */
	public Mail await(String address, String subjectContains) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> to(address).stream().filter(m -> m.subject().contains(subjectContains)).findFirst(),
					java.util.Optional::isPresent)
			.orElseThrow();
	}

	public int count(String address, String subjectContains) {
		return (int) to(address).stream().filter(m -> m.subject().contains(subjectContains)).count();
	}
}
