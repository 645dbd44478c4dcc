package com.alujrat.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTests {

	@Test
	void aPostgresLeftRunningByAKilledRunIsStoppedAndTheDataIsKept() throws Exception {
		Path dir = Files.createDirectories(Path.of("target", "orphan-pg-" + System.nanoTime())).toAbsolutePath();
		Path ready = dir.resolveSibling(dir.getFileName() + ".ready");
		Process earlierRun = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EarlierRun.class.getName(), dir.toString(), ready.toString())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectErrorStream(true)
			.start();
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(ready) || !earlierRun.isAlive());
		earlierRun.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		long orphanPid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).hasValue(true);

		try (EmbeddedPostgres restarted = EmbeddedDatabase.start(dir, false);
				Connection connection = restarted.getPostgresDatabase().getConnection()) {
			var result = connection.createStatement().executeQuery("select name from survivor");
			result.next();
			assertThat(result.getString(1)).isEqualTo("kept");
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		}
	}

	/** Starts PostgreSQL, writes a row, leaves a "ready" file and waits to be killed. */
	public static final class EarlierRun {

		public static void main(String[] args) throws Exception {
			EmbeddedPostgres postgres = EmbeddedDatabase.start(Path.of(args[0]), false);
			try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
				connection.createStatement().execute("create table survivor (name text); insert into survivor values ('kept')");
			}
			Files.createFile(Path.of(args[1]));
			Thread.currentThread().join();
		}
	}
}
