package com.alujrat.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.alujrat.accounts.StaffRole;
import com.alujrat.privacy.internal.Retention;
import com.alujrat.testing.Api;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RetentionTests extends PlatformTestSupport {

	@Autowired
	Retention retention;

	private long actions(Person person) {
		return jdbc.sql("select count(*) from activity.actions where user_id = ?").param(person.id()).query(Long.class).single();
	}

	@Test
	void rulesApplyOnAClockMovedForwardAndALegalHoldKeepsEverythingUntilReleased() {
		Marketplace market = new Marketplace(port, people, outbox, jdbc);
		Person employer = market.verified("EMPLOYER");
		Api employerApi = market.as(employer);
		UUID project = market.published(employerApi, Map.of());
		Person freelancer = market.verified("FREELANCER");
		market.bid(market.as(freelancer), project, 3_000_000);
		String conversation = employerApi.post("/api/v1/conversations",
				Map.of("participantId", freelancer.id(), "projectId", project)).text("id");
		employerApi.post("/api/v1/conversations/" + conversation + "/messages", Map.of("body", "Welcome aboard"));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> actions(employer) > 0 && actions(freelancer) > 0);

		Api legal = new Api(port).bearer(people.token(people.staff(StaffRole.LEGAL)));
		assertThat(market.as(employer).post("/api/v1/staff/legal-holds", Map.of("userId", freelancer.id(), "reason",
				"Case 12")).status()).isEqualTo(403);
		assertThat(legal.post("/api/v1/staff/legal-holds", Map.of("userId", freelancer.id())).hasFieldError("reason"))
			.isTrue();
		String hold = legal.post("/api/v1/staff/legal-holds", Map.of("userId", freelancer.id(), "reason",
				"Court order 12/2026")).text("id");

		Instant now = Instant.now();
		retention.apply(now.plus(Duration.ofDays(200)));
		assertThat(actions(employer)).as("within the year").isPositive();

		retention.apply(now.plus(Duration.ofDays(366)));
		assertThat(actions(employer)).as("usage deleted after P1Y").isZero();
		assertThat(actions(freelancer)).as("held").isPositive();
		assertThat(jdbc.sql("select body from messaging.messages where conversation_id = ?::uuid and kind = 'TEXT'")
			.param(conversation).query(String.class).single()).as("a conversation with a held person keeps its words")
			.isEqualTo("Welcome aboard");
		assertThat(jdbc.sql("select affected from privacy.retention_log where category = 'usage' and ran_at = ? ")
			.param(java.sql.Timestamp.from(now.plus(Duration.ofDays(366)))).query(Integer.class).single()).isPositive();

		assertThat(legal.delete("/api/v1/staff/legal-holds/" + hold).status()).isEqualTo(204);
		retention.apply(now.plus(Duration.ofDays(2 * 366)));
		assertThat(actions(freelancer)).isZero();
		assertThat(jdbc.sql("select body from messaging.messages where conversation_id = ?::uuid and kind = 'TEXT'")
			.param(conversation).query(String.class).single()).as("anonymised after P2Y").isEmpty();
		assertThat(jdbc.sql("select count(*) from messaging.messages where conversation_id = ?::uuid")
			.param(conversation).query(Long.class).single()).as("that a message was sent stays").isPositive();
	}
}
