package com.alujrat.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import com.alujrat.AlUjratApplication;
import com.alujrat.testing.Browserless;
import com.alujrat.testing.People;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code prod} profile starts with the settings the README documents (keys from the environment, SMTP, an SMS
 * gateway, an external database) and is safe to expose: no outbox, no development bar, no Swagger UI, Secure cookies.
 */
class ProductionModeTests {

	private static GreenMail smtp;

	private static WireMockServer smsGateway;

	private static ConfigurableApplicationContext app;

	private static int port;

	@BeforeAll
	static void startLikeProduction() throws Exception {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		smtp.start();
		smsGateway = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		smsGateway.start();
		smsGateway.stubFor(post(urlEqualTo("/Messages.json")).willReturn(aResponse().withStatus(201)));
		AeadConfig.register();
		PrfConfig.register();
		app = new SpringApplicationBuilder(AlUjratApplication.class).profiles("prod")
			.properties("server.port=0", "ALUJRAT_BASE_URL=https://alujrat.example",
					"alujrat.keys.aead-keyset=" + keyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)),
					"alujrat.keys.prf-keyset=" + keyset(KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF)),
					"alujrat.keys.remember-me=a-long-random-remember-me-secret-for-tests", "spring.mail.host=localhost",
					"spring.mail.port=" + smtp.getSmtp().getPort(), "alujrat.sms.url=" + smsGateway.baseUrl() + "/Messages.json",
					"alujrat.sms.username=AC1", "alujrat.sms.password=token", "alujrat.sms.from=ALUJRAT",
					"alujrat.files.dir=target/test-files")
			.run();
		port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
		smsGateway.stop();
		smtp.stop();
	}

	@Test
	void itServesWithoutOutboxDevelopmentBarOrSwaggerUi() throws Exception {
		HttpResponse<String> home = get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).doesNotContain("data-testid=\"dev-bar\"");
		assertThat(get("/dev/outbox").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/dev/outbox").statusCode()).isEqualTo(404);
		assertThat(get("/swagger-ui.html").statusCode()).isEqualTo(404);
		assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);
	}

	@Test
	void sessionCookiesAreSecureAndMailGoesOutOverSmtp() throws Exception {
		String email = People.newEmail();
		HttpResponse<String> signedUp = new Browserless(port).submit("/signup", Map.of("fullName", "Ayesha Khan",
				"email", email, "password", People.PASSWORD, "role", "FREELANCER", "dateOfBirth",
				LocalDate.now().minusYears(25).toString(), "acceptPolicies", "true"));

		List<String> cookies = signedUp.headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure")
			.contains("HttpOnly"));
		assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
		assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo(email);
	}

	private static HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private static String keyset(KeysetHandle handle) throws Exception {
		return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
	}
}
