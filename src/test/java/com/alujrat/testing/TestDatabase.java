package com.alujrat.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import com.alujrat.platform.internal.EmbeddedDatabase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One PostgreSQL for the whole test JVM, shared by every Spring context: embedded, or the external one named by
 * {@code ALUJRAT_TEST_DB_URL} (with {@code ALUJRAT_TEST_DB_USER} and {@code ALUJRAT_TEST_DB_PASSWORD}).
 */
public class TestDatabase implements LauncherSessionListener {

	private static final Set<ConfigurableApplicationContext> CONTEXTS = ConcurrentHashMap.newKeySet();

	private static EmbeddedPostgres postgres;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		String external = System.getenv("ALUJRAT_TEST_DB_URL");
		if (external != null && !external.isBlank()) {
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
		System.setProperty("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
		System.setProperty("spring.datasource.username", "postgres");
		System.setProperty("spring.datasource.password", "postgres");
	}

	/**
	 * Spring contexts close before PostgreSQL stops: otherwise their shutdown waits for connections to a database
	 * that is gone (the Hikari timeout) and the test JVM hangs on exit.
	 */
	@Override
	public void launcherSessionClosed(LauncherSession session) {
		List<ConfigurableApplicationContext> open = new ArrayList<>(CONTEXTS);
		Collections.reverse(open);
		open.forEach(ConfigurableApplicationContext::close);
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

	/** Registered in META-INF/spring.factories: notes every application context the tests start. */
	public static class ContextTracker implements ApplicationListener<ApplicationContextInitializedEvent> {

		@Override
		public void onApplicationEvent(ApplicationContextInitializedEvent event) {
			CONTEXTS.add(event.getApplicationContext());
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
