package com.alujrat.accounts;

import java.time.LocalDate;
import java.util.Map;

import com.alujrat.testing.Api;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.PlatformTestSupport;
import com.alujrat.testing.People;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RegistrationApiTests extends PlatformTestSupport {

	@Test
	void anAdultFreelancerRegistersAndGetsAVerificationEmail() {
		String email = People.newEmail();
		Api.Response response = api.post("/api/v1/accounts", People.adult(email, "FREELANCER"));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.text("email")).isEqualTo(email);
		assertThat(response.text("role")).isEqualTo("FREELANCER");
		assertThat(response.text("status")).isEqualTo("ACTIVE");
		assertThat(response.text("id")).isNotBlank();
		assertThat(outbox.await(email, "Verify").linkPath()).startsWith("/verify-email/");
	}

	@Test
	void theEmailIsTrimmedAndItsDomainLowerCased() {
		String local = "Zara." + People.newEmail().substring(5, 17);
		Map<String, Object> body = People.adult("  " + local + "@Example.PK ", "EMPLOYER");

		Api.Response response = api.post("/api/v1/accounts", body);

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.text("email")).isEqualTo(local + "@example.pk");
	}

	@Test
	void aTakenEmailIsRefusedWithConflictWhateverTheCaseOfTheDomain() {
		String email = People.newEmail();
		api.post("/api/v1/accounts", People.adult(email, "FREELANCER"));

		Api.Response again = api.post("/api/v1/accounts", People.adult(email.replace("example.pk", "EXAMPLE.pk"), "EMPLOYER"));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).contains("application/problem+json");
		assertThat(again.hasFieldError("email")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "not-an-email", "a@b", "two@@example.pk", "spaces in@example.pk", "" })
	void aMalformedEmailIsAFieldError(String email) {
		Api.Response response = api.post("/api/v1/accounts", People.adult(email, "FREELANCER"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problem()).isEqualTo("validation");
		assertThat(response.hasFieldError("email")).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "short1", "password123", "Pakistan786", "12345678" })
	void aShortOrCommonPasswordIsRefused(String password) {
		Map<String, Object> body = People.adult(People.newEmail(), "FREELANCER");
		body.put("password", password);

		Api.Response response = api.post("/api/v1/accounts", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.hasFieldError("password")).isTrue();
	}

	@Test
	void aPasswordLongerThan128CharactersIsRefused() {
		Map<String, Object> body = People.adult(People.newEmail(), "FREELANCER");
		body.put("password", "x".repeat(129));

		assertThat(api.post("/api/v1/accounts", body).hasFieldError("password")).isTrue();
	}

	@Test
	void thePoliciesMustBeAccepted() {
		Map<String, Object> body = People.adult(People.newEmail(), "FREELANCER");
		body.put("acceptPolicies", false);

		Api.Response response = api.post("/api/v1/accounts", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.hasFieldError("acceptPolicies")).isTrue();
	}

	@Test
	void acceptedPolicyVersionsAreRecordedWithTheirTime() {
		People.Person person = people.unverified("FREELANCER");

		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from privacy.policy_acceptances where user_id = ?")
				.param(person.id())
				.query(Integer.class)
				.single() == 3);
		assertThat(jdbc.sql("select document || ':' || version from privacy.policy_acceptances where user_id = ? order by 1")
			.param(person.id())
			.query(String.class)
			.list()).as("the versions in force at sign-up").isEqualTo(jdbc.sql("""
				select distinct on (document) document || ':' || version from privacy.policy_versions
				where effective_from <= now() order by document, effective_from desc""").query(String.class).list());
	}

	@Test
	void nobodyUnderThirteenMayRegister() {
		Map<String, Object> body = People.signup(People.newEmail(), "EMPLOYER", LocalDate.now().minusYears(12));

		Api.Response response = api.post("/api/v1/accounts", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.hasFieldError("dateOfBirth")).isTrue();
	}

	@Test
	void freelancersMustBeAdults() {
		Map<String, Object> body = People.signup(People.newEmail(), "FREELANCER", LocalDate.now().minusYears(17));

		assertThat(api.post("/api/v1/accounts", body).hasFieldError("dateOfBirth")).isTrue();
	}

	@Test
	void aMinorEmployerMustNameAGuardian() {
		Map<String, Object> body = People.signup(People.newEmail(), "EMPLOYER", LocalDate.now().minusYears(15));

		Api.Response response = api.post("/api/v1/accounts", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.hasFieldError("guardian")).isTrue();
	}

	@Test
	void aMinorEmployerWaitsForTheGuardiansConsentBeforeTransacting() {
		String email = People.newEmail();
		String guardianEmail = People.newEmail();
		Map<String, Object> body = People.signup(email, "EMPLOYER", LocalDate.now().minusYears(15));
		body.put("guardian", Map.of("fullName", "Imran Khan", "email", guardianEmail, "relationship", "Father"));

		Api.Response response = api.post("/api/v1/accounts", body);

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.text("status")).isEqualTo("AWAITING_GUARDIAN");
		String consentPath = outbox.await(guardianEmail, "consent").linkPath();
		assertThat(consentPath).startsWith("/guardian-consent/");
		assertThat(status(email)).isEqualTo("AWAITING_GUARDIAN");

		String token = consentPath.substring(consentPath.lastIndexOf('/') + 1);
		assertThat(webPost(consentPath).statusCode()).isEqualTo(200);
		assertThat(status(email)).isEqualTo("ACTIVE");
		assertThat(webPost("/guardian-consent/" + token).body()).contains("does not work");
	}

	@Test
	void anUnknownRoleOrAnImpossibleDateIsAFieldError() {
		Map<String, Object> body = People.adult(People.newEmail(), "ADMIN");
		Api.Response role = api.post("/api/v1/accounts", body);
		assertThat(role.status()).isEqualTo(400);
		assertThat(role.hasFieldError("role")).isTrue();

		body = People.adult(People.newEmail(), "EMPLOYER");
		body.put("dateOfBirth", "1990-02-30");
		assertThat(api.post("/api/v1/accounts", body).hasFieldError("dateOfBirth")).isTrue();
	}

	@Test
	void aBodyThatIsNotJsonIsAProblemNotAStackTrace() throws Exception {
		var http = java.net.http.HttpClient.newHttpClient();
		var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/accounts"))
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{not json"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("malformed-request").doesNotContain("Exception").doesNotContain("at com.");
	}

	private String status(String email) {
		return jdbc.sql("select status from accounts.users where email = ?").param(email).query(String.class).single();
	}

	/** Posts a form the way the browser does: the page first (for the CSRF cookie and field), then the form. */
	private java.net.http.HttpResponse<String> webPost(String path) {
		return new com.alujrat.testing.Browserless(port).submit(path, Map.of());
	}
}
