package com.alujrat.privacy;

import com.alujrat.testing.PlatformTestSupport;

import java.net.http.HttpResponse;
import java.util.Map;

import com.alujrat.testing.Browserless;
import com.alujrat.testing.IntegrationTest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CookieConsentTests extends PlatformTestSupport {

	@Test
	void aChoiceIsRecordedForTheVisitorAndTheBannerGoes() {
		Browserless visitor = new Browserless(port);

		HttpResponse<String> saved = visitor.submit("/cookies", "/cookies/consent",
				Map.of("choice", "custom", "preferences", "true", "analytics", "false", "marketing", "false"));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(visitor.cookie("aj_consent")).isEqualTo("p1a0m0");
		String visitorId = visitor.cookie("aj_visitor");
		assertThat(jdbc.sql("select preferences::text || analytics::text || marketing::text from privacy.cookie_consents "
				+ "where visitor_id = ?::uuid").param(visitorId).query(String.class).single()).isEqualTo("truefalsefalse");
		assertThat(visitor.get("/").body()).doesNotContain("data-testid=\"cookie-banner\"");
	}

	@Test
	void theChoiceCanBeChangedLaterFromCookieSettings() {
		Browserless visitor = new Browserless(port);
		visitor.submit("/", "/cookies/consent", Map.of("choice", "all"));

		assertThat(visitor.get("/cookies").body()).contains("id=\"marketing\" value=\"true\" checked");
		visitor.submit("/cookies", "/cookies/consent", Map.of("choice", "necessary"));

		assertThat(visitor.cookie("aj_consent")).isEqualTo("p0a0m0");
		assertThat(jdbc.sql("select count(*) from privacy.cookie_consents where visitor_id = ?::uuid")
			.param(visitor.cookie("aj_visitor")).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aVisitorsAnswerBelongsToTheirAccountOnceTheySignIn() {
		var person = people.verified("FREELANCER");
		Browserless visitor = new Browserless(port);
		visitor.submit("/", "/cookies/consent", Map.of("choice", "all"));

		visitor.submit("/login", Map.of("email", person.email(), "password", com.alujrat.testing.People.PASSWORD));
		visitor.get("/dashboard");

		assertThat(jdbc.sql("select count(*) from privacy.cookie_consents where user_id = ? and marketing")
			.param(person.id()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anHtmxAnswerRemovesTheBannerInPlace() {
		Browserless visitor = new Browserless(port);
		String page = visitor.get("/").body();
		String token = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

		HttpResponse<String> answer = visitor.postWithHeader("/cookies/consent", Map.of("choice", "necessary", "_csrf", token),
				"HX-Request", "true");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEmpty();
	}
}
