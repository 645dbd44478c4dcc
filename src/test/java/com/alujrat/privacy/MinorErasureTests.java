package com.alujrat.privacy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.alujrat.accounts.StaffRole;
import com.alujrat.testing.Api;
import com.alujrat.testing.Browserless;
import com.alujrat.testing.Images;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.People;
import com.alujrat.testing.People.Person;
import com.alujrat.testing.PlatformTestSupport;
import com.alujrat.testing.Verified;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MinorErasureTests extends PlatformTestSupport {

	record Minor(Person person, String name, String guardianName, String guardianEmail, String consentPath) {
	}

	/** A 15-year-old employer with a unique name whose guardian consented by the mailed link. */
	private Minor minor() {
		String word = Marketplace.uniqueWord();
		String name = "Zarmeen " + Character.toUpperCase(word.charAt(0)) + word.substring(1);
		String guardianName = "Guardian " + Marketplace.uniqueWord();
		String email = People.newEmail();
		String guardianEmail = People.newEmail();
		Map<String, Object> body = People.signup(email, "EMPLOYER", LocalDate.now().minusYears(15));
		body.put("fullName", name);
		body.put("guardian", Map.of("fullName", guardianName, "email", guardianEmail, "relationship", "Mother"));
		Api.Response created = api.post("/api/v1/accounts", body);
		assertThat(created.status()).isEqualTo(201);
		String consentPath = outbox.await(guardianEmail, "consent").linkPath();
		new Browserless(port).submit(consentPath, Map.of());
		String token = outbox.await(email, "Verify").token();
		api.post("/api/v1/auth/email-verification", Map.of("token", token));
		return new Minor(new Person(UUID.fromString(created.text("id")), email), name, guardianName, guardianEmail,
				consentPath);
	}

	/** Every text-like column of every table holding any of the terms: "schema.table.column: term". */
	private List<String> tablesHolding(List<String> terms) {
		List<Map<String, Object>> columns = jdbc.sql("""
				select table_schema, table_name, column_name from information_schema.columns
				where table_schema not in ('pg_catalog', 'information_schema')
				  and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')
				  and table_name in (select table_name from information_schema.tables t
				                     where t.table_schema = columns.table_schema and t.table_type = 'BASE TABLE')""")
			.query()
			.listOfRows();
		List<String> found = new ArrayList<>();
		for (Map<String, Object> column : columns) {
			String where = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
			for (String term : terms) {
				long hits = jdbc.sql("select count(*) from " + where + " where \"" + column.get("column_name")
						+ "\"::text ilike ?").param("%" + term + "%").query(Long.class).single();
				if (hits > 0) {
					found.add(where + "." + column.get("column_name") + ": " + term);
				}
			}
		}
		return found;
	}

	@Test
	void afterErasingAnUnsupervisedMinorNoTableHoldsTheirNameEmailPhoneOrCnic() {
		Minor minor = minor();
		Api minorApi = new Api(port).bearer(people.token(minor.person()));
		String phone = Verified.randomPhone();
		String cnic = Verified.randomCnic();
		Verified.confirmPhone(minorApi, outbox, phone);
		assertThat(minorApi.multipart("/api/v1/me/verification",
				Map.of("legalName", minor.name(), "documentType", "CNIC", "documentNumber", cnic),
				Map.of("front", Images.jpeg(800, 500), "back", Images.jpeg(800, 500), "selfie", Images.png(400, 600)))
			.status()).isEqualTo(202);
		UUID submission = jdbc.sql("select id from verification.submissions where user_id = ?")
			.param(minor.person().id()).query(UUID.class).single();
		Api verifier = new Api(port).bearer(people.token(people.staff(StaffRole.VERIFIER)));
		verifier.get("/api/v1/staff/verifications/" + submission);
		verifier.post("/api/v1/staff/verifications/" + submission + "/decision", Map.of("decision", "APPROVE", "reason", ""));
		minorApi.put("/api/v1/me/consent", Map.of("analytics", true));
		Marketplace market = new Marketplace(port, people, outbox, jdbc);
		UUID project = market.published(minorApi, Map.of());
		Person freelancer = market.verified("FREELANCER");
		Api freelancerApi = market.as(freelancer);
		market.bid(freelancerApi, project, 2_000_000);
		String conversation = minorApi.post("/api/v1/conversations",
				Map.of("participantId", freelancer.id(), "projectId", project)).text("id");
		minorApi.post("/api/v1/conversations/" + conversation + "/messages",
				Map.of("body", "Hello, this is " + minor.name() + " about my school project"));
		Browserless browser = new Browserless(port);
		browser.submit("/login", Map.of("email", minor.person().email(), "password", People.PASSWORD));
		browser.get("/account/data");

		List<String> terms = List.of(minor.name(), minor.person().email(), minor.guardianName(), minor.guardianEmail(),
				phone.substring(1), cnic, cnic.replace("-", ""));
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !tablesHolding(List.of(minor.name())).isEmpty());

		Api support = new Api(port).bearer(people.token(people.staff(StaffRole.SUPPORT)));
		assertThat(verifier.post("/api/v1/staff/minors", Map.of("userId", minor.person().id(), "reason", "x")).status())
			.isEqualTo(403);
		assertThat(support.post("/api/v1/staff/minors", Map.of("userId", minor.person().id())).hasFieldError("reason"))
			.isTrue();
		assertThat(support.post("/api/v1/staff/minors", Map.of("userId", minor.person().id(), "reason",
				"Ticket T-9: the mother wrote that her daughter signed up alone")).status()).isEqualTo(204);

		assertThat(minorApi.get("/api/v1/me").status()).isEqualTo(401);
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(302);
		assertThat(freelancerApi.get("/api/v1/conversations/" + conversation + "/messages").body())
			.doesNotContain("school project");
		Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(20))
			.until(() -> tablesHolding(terms), List::isEmpty);
	}

	@Test
	void aGuardianWithdrawingConsentThroughTheirLinkErasesTheAccount() {
		Minor minor = minor();
		Browserless guardian = new Browserless(port);
		assertThat(guardian.get(minor.consentPath()).body()).contains("Withdraw consent");
		guardian.submit(minor.consentPath(), minor.consentPath() + "/withdraw", Map.of());

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
			.sql("select full_name from accounts.users where id = ?").param(minor.person().id()).query(String.class)
			.single().equals("Erased account"));
		assertThat(api.post("/api/v1/auth/token", Map.of("email", minor.person().email(), "password", People.PASSWORD))
			.status()).isEqualTo(401);
		assertThat(tablesHolding(List.of(minor.name(), minor.person().email(), minor.guardianEmail()))).isEmpty();
		assertThat(guardian.get(minor.consentPath()).body()).contains("does not work");
	}

	@Test
	void aWithdrawalUnderALegalHoldClosesTheAccountAtOnceAndErasesItWhenTheHoldIsReleased() {
		Minor minor = minor();
		Api legal = new Api(port).bearer(people.token(people.staff(StaffRole.LEGAL)));
		String hold = legal.post("/api/v1/staff/legal-holds", Map.of("userId", minor.person().id(), "reason",
				"Case 44/2026")).text("id");
		new Browserless(port).submit(minor.consentPath(), minor.consentPath() + "/withdraw", Map.of());

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "CLOSED".equals(jdbc
			.sql("select status from accounts.users where id = ?").param(minor.person().id()).query(String.class).single()));
		assertThat(jdbc.sql("select full_name from accounts.users where id = ?").param(minor.person().id())
			.query(String.class).single()).as("held: not erased").isEqualTo(minor.name());

		assertThat(legal.delete("/api/v1/staff/legal-holds/" + hold).status()).isEqualTo(204);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> tablesHolding(List.of(minor.name(),
				minor.person().email())).isEmpty());
	}
}
