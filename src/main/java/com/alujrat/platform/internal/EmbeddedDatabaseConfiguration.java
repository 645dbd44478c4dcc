package com.alujrat.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no database configured, the platform runs its own PostgreSQL with data under {@code ./data/postgres}, so a
 * newcomer's first {@code mvn spring-boot:run} needs nothing installed. PostgreSQL starts in the background as soon
 * as the context begins to refresh, while the other beans are made; the data source waits for it only when it is
 * first needed (Flyway).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

	/** Starts PostgreSQL before any bean is made, on another thread. */
	@Bean
	static EarlyStart embeddedPostgresEarlyStart(Environment environment) {
		return new EarlyStart(Path.of(environment.getProperty("alujrat.embedded-db.dir", "./data/postgres")));
	}

	// Closed by Spring after the DataSource that depends on it, so the event registry and Hikari finish first.
	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EarlyStart start) throws IOException {
		return start.postgres();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPassword("postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	/**
	 * The background start. If the context fails before the database bean takes it over, closing the context still
	 * stops PostgreSQL (no process is left behind).
	 */
	static final class EarlyStart implements BeanFactoryPostProcessor, DisposableBean {

		private final CompletableFuture<EmbeddedPostgres> postgres = new CompletableFuture<>();

		private volatile boolean handedOver;

		EarlyStart(Path dir) {
			Thread starter = new Thread(() -> {
				try {
					postgres.complete(EmbeddedDatabase.start(dir, false));
				}
				catch (IOException | RuntimeException ex) {
					postgres.completeExceptionally(new UncheckedIOException(new IOException(ex)));
				}
			}, "embedded-postgres-start");
			starter.setDaemon(true);
			starter.start();
		}

		@Override
		public void destroy() throws IOException {
			if (!handedOver && postgres.isDone() && !postgres.isCompletedExceptionally()) {
				postgres.join().close();
			}
		}

		@Override
		public void postProcessBeanFactory(
				org.springframework.beans.factory.config.ConfigurableListableBeanFactory beanFactory) {
			// Nothing to change: being a post-processor only makes this start before the other beans are made.
		}

		EmbeddedPostgres postgres() throws IOException {
			try {
				EmbeddedPostgres started = postgres.join();
				handedOver = true;
				return started;
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof UncheckedIOException io) {
					throw io.getCause();
				}
				throw ex;
			}
		}
	}

	static class NoDatabaseConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().containsProperty("spring.datasource.url");
		}
	}
}
