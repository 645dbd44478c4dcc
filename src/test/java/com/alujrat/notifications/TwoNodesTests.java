package com.alujrat.notifications;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.alujrat.AlUjratApplication;
import com.alujrat.testing.Api;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.LiveClient;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances of the platform on one PostgreSQL: what is posted on one reaches a stream held by the other. */
@IntegrationTest
class TwoNodesTests extends PlatformTestSupport {

	static ConfigurableApplicationContext second;

	/** Started once the first node (the shared test context) has migrated the database. */
	@BeforeEach
	void aSecondNode() {
		if (second == null) {
			second = new SpringApplicationBuilder(AlUjratApplication.class).profiles("test")
				.properties("server.port=0")
				.run();
		}
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
	}

	@Test
	void aMessagePostedOnOneNodeReachesAStreamOnTheOther() {
		Marketplace market = new Marketplace(port, people, outbox, jdbc);
		Person employer = market.verified("EMPLOYER");
		Person freelancer = market.verified("FREELANCER");
		Api employerApi = market.as(employer);
		UUID project = market.published(employerApi, Map.of());
		market.bid(market.as(freelancer), project, 5_000_000);
		String conversation = employerApi.post("/api/v1/conversations",
				Map.of("participantId", freelancer.id(), "projectId", project)).text("id");
		int otherPort = ((WebServerApplicationContext) second).getWebServer().getPort();
		assertThat(otherPort).isNotEqualTo(port);

		try (LiveClient onSecondNode = LiveClient.connect(otherPort, people.token(freelancer), null)) {
			assertThat(onSecondNode.status).isEqualTo(200);
			employerApi.post("/api/v1/conversations/" + conversation + "/messages", Map.of("body", "From node one"));
			LiveClient.Event event = onSecondNode.next("message", Duration.ofSeconds(5));
			assertThat(event).as("the message event on the second node").isNotNull();
			assertThat(event.data()).contains(conversation);
		}
	}
}
