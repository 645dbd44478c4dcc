package com.alujrat.platform;

import com.alujrat.testing.PlatformTestSupport;

import java.net.http.HttpResponse;

import com.alujrat.testing.Api;
import com.alujrat.testing.Browserless;
import com.alujrat.testing.IntegrationTest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class WebPlatformTests extends PlatformTestSupport {

	@Test
	void pagesCarryStrictSecurityHeaders() {
		HttpResponse<String> home = new Browserless(port).get("/");

		String csp = home.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
		assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(home.body()).doesNotContainPattern("<script>[^<]");
	}

	@Test
	void visitorsSeeTheHomePageWithoutAnySessionOrNonNecessaryCookie() {
		Browserless visitor = new Browserless(port);

		HttpResponse<String> home = visitor.get("/");

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("How it works for employers").contains("How it works for freelancers")
			.contains("href=\"/signup").contains("data-testid=\"cookie-banner\"");
		assertThat(visitor.hasCookie("SESSION")).isFalse();
		assertThat(visitor.hasCookie("aj_lang")).isFalse();
	}

	@Test
	void urduPagesAreRightToLeftWithTheRtlStylesheet() {
		HttpResponse<String> home = new Browserless(port).get("/?lang=ur");

		assertThat(home.body()).contains("<html lang=\"ur\" dir=\"rtl\">").contains("/webjars/bootstrap/5.3.8/dist/css/bootstrap.rtl.min-")
			.contains("آجروں کے لیے طریقۂ کار");
	}

	@Test
	void switchingLanguageKeepsThePageAndItsQuery() {
		String page = new Browserless(port).get("/password-reset?from=login&lang=en").body();

		assertThat(page).contains("href=\"/password-reset?from=login&amp;lang=ur\"");
	}

	@Test
	void theLanguageIsRememberedInACookieOnlyAfterPreferenceConsent() {
		Browserless withoutConsent = new Browserless(port);
		withoutConsent.get("/?lang=ur");
		assertThat(withoutConsent.hasCookie("aj_lang")).isFalse();
		assertThat(withoutConsent.get("/login").body()).contains("dir=\"rtl\"");

		Browserless withConsent = new Browserless(port);
		withConsent.submit("/cookies", "/cookies/consent", java.util.Map.of("choice", "all"));
		withConsent.get("/?lang=ur");
		assertThat(withConsent.cookie("aj_lang")).isEqualTo("ur");
	}

	@Test
	void unknownPagesGetAFriendlyNotFoundInTheVisitorsLanguage() {
		Browserless visitor = new Browserless(port);
		visitor.get("/?lang=ur");

		HttpResponse<String> missing = visitor.get("/webjars/no-such-library/x.js");

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("صفحہ نہیں ملا").doesNotContain("Whitelabel").doesNotContain("Exception");
	}

	@Test
	void unknownApiPathsAnswerProblemDetails() {
		String token = people.token(people.verified("FREELANCER"));

		Api.Response response = new Api(port).bearer(token).get("/api/v1/nothing-here");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).contains("application/problem+json");
		assertThat(response.problem()).isEqualTo("not-found");
	}

	@Test
	void onlyHealthIsPublicAmongTheActuatorEndpoints() {
		Api api = new Api(port);

		assertThat(api.get("/actuator/health").status()).isEqualTo(200);
		assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(api.get("/actuator/env").status()).isIn(401, 404);
	}

	@Test
	void theApiIsDescribedByOpenApi() {
		Api.Response docs = new Api(port).get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/accounts").contains("/api/v1/auth/token").contains("/api/v1/me");
	}

	@Test
	void withoutClientIdsTheLoginPageHasNoSocialButtons() {
		assertThat(new Browserless(port).get("/login").body()).doesNotContain("/oauth2/authorization/");
	}

	@Test
	void thePrivacyPolicyIsServedAsPublished() {
		HttpResponse<String> page = new Browserless(port).get("/privacy");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Last Updated: June 5, 2025").contains("privacy@alujrat.com");
	}

	@Test
	void theInstallableShellIsServed() {
		Browserless visitor = new Browserless(port);

		assertThat(visitor.get("/manifest.webmanifest").body()).contains("\"start_url\": \"/\"");
		assertThat(visitor.get("/sw.js").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/webjars/bootstrap/dist/css/bootstrap.rtl.min.css").statusCode()).isEqualTo(200);
	}
}
