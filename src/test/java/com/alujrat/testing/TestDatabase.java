package com.alujrat.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import com.alujrat.platform.internal.EmbeddedDatabase;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One PostgreSQL for the whole test JVM, shared by every Spring context: embedded, or the external one named by
 * {@code ALUJRAT_TEST_DB_URL} (with {@code ALUJRAT_TEST_DB_USER} and {@code ALUJRAT_TEST_DB_PASSWORD}).
 */
public class TestDatabase implements LauncherSessionListener {

	private static EmbeddedPostgres postgres;

	private static String url;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		String external = System.getenv("ALUJRAT_TEST_DB_URL");
		if (external != null && !external.isBlank()) {
			url = external;
			System.setProperty("spring.datasource.url", external);
			System.setProperty("spring.datasource.username", env("ALUJRAT_TEST_DB_USER", "postgres"));
			System.setProperty("spring.datasource.password", env("ALUJRAT_TEST_DB_PASSWORD", "postgres"));
			return;
		}
		try {
			Path dir = Files.createDirectories(Path.of("target", "test-postgres"));
			postgres = EmbeddedDatabase.start(dir, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		url = postgres.getJdbcUrl("postgres", "postgres");
		System.setProperty("spring.datasource.url", url);
		System.setProperty("spring.datasource.username", "postgres");
		System.setProperty("spring.datasource.password", "postgres");
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (postgres != null) {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			postgres = null;
		}
	}

	public static String url() {
		return url;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
