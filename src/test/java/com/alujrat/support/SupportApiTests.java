package com.alujrat.support;

import java.util.Map;

import com.alujrat.accounts.StaffRole;
import com.alujrat.testing.Api;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Outbox;
import com.alujrat.testing.People;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SupportApiTests extends PlatformTestSupport {

	private static Map<String, Object> ticket(String email, String category) {
		return Map.of("email", email, "category", category, "subject", "Cannot upload my CNIC",
				"body", "The page says the photo is too large.");
	}

	@Test
	void aVisitorOpensATicketAndGetsTheAnswerByMailWithALinkToReply() {
		String email = People.newEmail();
		Api visitor = new Api(port);
		Api.Response opened = visitor.post("/api/v1/support/tickets", ticket(email, "VERIFICATION"));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		String id = opened.text("id");
		assertThat(opened.text("reference")).startsWith("T-");
		Outbox.Mail received = outbox.await(email, "We received your request");
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(received.text());
		assertThat(link.find()).isTrue();
		String token = link.group(1);

		Api support = new Api(port).bearer(people.token(people.staff(StaffRole.SUPPORT)));
		assertThat(support.get("/api/v1/staff/support/tickets?queue=SUPPORT").body()).contains(id);
		assertThat(support.post("/api/v1/staff/support/tickets/" + id + "/replies",
				Map.of("body", "Internal: looks like a 12 MB photo", "internal", true)).status()).isEqualTo(201);
		assertThat(support.post("/api/v1/staff/support/tickets/" + id + "/replies",
				Map.of("body", "Please send a photo under 10 MB.")).status()).isEqualTo(201);
		Outbox.Mail answer = outbox.await(email, "Support replied");
		assertThat(answer.text()).contains("Please send a photo under 10 MB.").doesNotContain("Internal");

		Api.Response seen = visitor.get("/api/v1/support/tickets/" + id + "?token=" + token);
		assertThat(seen.status()).isEqualTo(200);
		assertThat(seen.body()).contains("Please send a photo").doesNotContain("Internal:");
		assertThat(seen.json().path("ticket").path("status").asString()).isEqualTo("WAITING_ON_USER");
		assertThat(visitor.post("/api/v1/support/tickets/" + id + "/replies",
				Map.of("body", "Done, smaller now.", "token", token)).status()).isEqualTo(201);
		assertThat(visitor.get("/api/v1/support/tickets/" + id).status()).isEqualTo(404);
		assertThat(visitor.get("/api/v1/support/tickets/" + id + "?token=wrong").status()).isEqualTo(404);
	}

	@Test
	void anEmptySubjectOrBodyIsRefusedWithTheFieldsAndNothingIsKept() {
		String email = People.newEmail();
		Api.Response refused = new Api(port).post("/api/v1/support/tickets",
				Map.of("email", email, "category", "OTHER", "subject", " ", "body", ""));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.hasFieldError("subject")).isTrue();
		assertThat(new Api(port).post("/api/v1/support/tickets", Map.of("category", "OTHER", "subject", "Hi", "body", "Hello"))
			.hasFieldError("email")).isTrue();
		assertThat(new Api(port).post("/api/v1/support/tickets", ticket(email, "NONSENSE")).hasFieldError("category"))
			.isTrue();
		assertThat(jdbc.sql("select count(*) from support.tickets where email = ?").param(email).query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aUsersTicketIsTheirsAloneAndTheyRateTheAnswerOnceResolved() {
		Person user = people.verified("FREELANCER");
		Api mine = new Api(port).bearer(people.token(user));
		Api.Response opened = mine.post("/api/v1/support/tickets", Map.of("category", "PAYMENTS", "subject",
				"Payout late", "body", "My payout is not here yet."));
		assertThat(opened.status()).isEqualTo(201);
		String id = opened.text("id");
		assertThat(mine.get("/api/v1/me/support/tickets").body()).contains(id);

		Api other = new Api(port).bearer(people.token(people.verified("FREELANCER")));
		assertThat(other.get("/api/v1/support/tickets/" + id).status()).isEqualTo(404);
		assertThat(other.post("/api/v1/support/tickets/" + id + "/replies", Map.of("body", "Me too")).status())
			.isEqualTo(404);

		assertThat(mine.post("/api/v1/support/tickets/" + id + "/rating", Map.of("rating", 5)).status()).isEqualTo(409);
		Api support = new Api(port).bearer(people.token(people.staff(StaffRole.SUPPORT)));
		support.post("/api/v1/staff/support/tickets/" + id + "/replies", Map.of("body", "Paid today."));
		assertThat(support.post("/api/v1/staff/support/tickets/" + id + "/status", Map.of("status", "RESOLVED")).status())
			.isEqualTo(204);
		assertThat(mine.post("/api/v1/support/tickets/" + id + "/rating", Map.of("rating", 6)).hasFieldError("rating"))
			.isTrue();
		assertThat(mine.post("/api/v1/support/tickets/" + id + "/rating", Map.of("rating", 5, "comment", "Quick"))
			.status()).isEqualTo(204);
		// The answer reached the user in the app too.
		assertThat(mine.get("/api/v1/notifications").body()).contains("Support replied");
	}

	@Test
	void privacyQuestionsGoToLegalsQueueNotSupports() {
		String id = new Api(port).post("/api/v1/support/tickets", ticket(People.newEmail(), "PRIVACY")).text("id");
		Api support = new Api(port).bearer(people.token(people.staff(StaffRole.SUPPORT)));
		Api legal = new Api(port).bearer(people.token(people.staff(StaffRole.LEGAL)));
		assertThat(support.get("/api/v1/staff/support/tickets/" + id).status()).isEqualTo(404);
		assertThat(support.get("/api/v1/staff/support/tickets?queue=LEGAL").status()).isEqualTo(403);
		assertThat(legal.get("/api/v1/staff/support/tickets?queue=LEGAL").body()).contains(id);
		assertThat(legal.get("/api/v1/staff/support/tickets/" + id).status()).isEqualTo(200);
		Api user = new Api(port).bearer(people.token(people.verified("EMPLOYER")));
		assertThat(user.get("/api/v1/staff/support/tickets?queue=SUPPORT").status()).isEqualTo(403);
	}

	@Test
	void visitorsAreLimitedToAFewTicketsAnHour() {
		String email = People.newEmail();
		Api visitor = new Api(port);
		int created = 0;
		int limited = 0;
		for (int i = 0; i < 7; i++) {
			int status = visitor.post("/api/v1/support/tickets", ticket(email, "OTHER")).status();
			created += status == 201 ? 1 : 0;
			limited += status == 429 ? 1 : 0;
		}
		assertThat(created).isEqualTo(5);
		assertThat(limited).isEqualTo(2);
	}
}
