package com.alujrat.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import com.alujrat.AlUjratApplication;
import com.alujrat.testing.Api;
import com.alujrat.testing.Browserless;
import com.alujrat.testing.People;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newcomer's first run: no database, no keys, no mail server configured. The platform starts its own
 * PostgreSQL, generates its keys, and keeps its data across a restart.
 */
class FirstRunTests {

	@Test
	void thePlatformStartsWithNoConfigurationAndKeepsItsDataAcrossRestarts() throws Exception {
		Path home = Files.createDirectories(Path.of("target", "first-run-" + System.nanoTime()));
		Properties saved = (Properties) System.getProperties().clone();
		System.clearProperty("spring.datasource.url");
		System.clearProperty("spring.datasource.username");
		System.clearProperty("spring.datasource.password");
		String[] args = { "--server.port=0", "--alujrat.embedded-db.dir=" + home.resolve("postgres"),
				"--alujrat.keys.dir=" + home.resolve("keys") };
		String email = People.newEmail();
		try {
			try (ConfigurableApplicationContext app = SpringApplication.run(AlUjratApplication.class, args)) {
				int port = port(app);
				assertThat(new Browserless(port).get("/").statusCode()).isEqualTo(200);
				assertThat(new Api(port).post("/api/v1/accounts", People.adult(email, "FREELANCER")).status())
					.isEqualTo(201);
			}
			assertThat(home.resolve("keys/aead-keyset.json")).exists();
			assertThat(home.resolve("postgres/PG_VERSION")).exists();

			try (ConfigurableApplicationContext app = SpringApplication.run(AlUjratApplication.class, args)) {
				Api.Response again = new Api(port(app)).post("/api/v1/accounts", People.adult(email, "FREELANCER"));
				assertThat(again.status()).isEqualTo(409);
			}
		}
		finally {
			System.setProperties(saved);
		}
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
