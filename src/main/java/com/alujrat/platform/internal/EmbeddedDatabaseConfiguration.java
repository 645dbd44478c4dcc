package com.alujrat.platform.internal;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no database configured, the platform runs its own PostgreSQL with data under {@code ./data/postgres}, so a
 * newcomer's first {@code mvn spring-boot:run} needs nothing installed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

	// Closed by Spring after the DataSource that depends on it, so the event registry and Hikari finish first.
	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${alujrat.embedded-db.dir:./data/postgres}") Path dir) throws IOException {
		return EmbeddedDatabase.start(dir, false);
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

	static class NoDatabaseConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().containsProperty("spring.datasource.url");
		}
	}
}
