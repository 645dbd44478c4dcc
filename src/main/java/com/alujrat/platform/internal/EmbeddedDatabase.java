package com.alujrat.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts PostgreSQL in a folder, first stopping one that a killed earlier run left behind. */
public final class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private EmbeddedDatabase() {
	}

	public static EmbeddedPostgres start(Path dir, boolean clean) throws IOException {
		Path absolute = dir.toAbsolutePath().normalize();
		Files.createDirectories(absolute);
		stopOrphan(absolute);
		return EmbeddedPostgres.builder()
			.setDataDirectory(absolute)
			.setCleanDataDirectory(clean)
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
	}

	/** After a kill -9 PostgreSQL keeps running and a new start would fail on postmaster.pid. */
	private static void stopOrphan(Path dir) throws IOException {
		Path pidFile = dir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty()
				: ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
		if (orphan.isPresent() && orphan.get().isAlive()
				&& orphan.get().info().command().map(c -> c.contains("postgres")).orElse(false)) {
			log.warn("Stopping PostgreSQL (pid {}) left running by an earlier run", orphan.get().pid());
			orphan.get().destroy();
			try {
				orphan.get().onExit().get(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				orphan.get().destroyForcibly();
			}
		}
		Files.deleteIfExists(pidFile);
	}
}
