package com.alujrat.notifications.internal;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HTTP SMS adapter against a WireMock stand-in for a Twilio-shaped bulk-SMS API: it answers only requests with
 * the right basic credentials and form body, like the real gateway.
 */
class SmsGatewayTests {

	private static final String PATH = "/2010-04-01/Accounts/AC123/Messages.json";

	private WireMockServer gateway;

	private HttpTextMessages sms;

	@BeforeEach
	void start() {
		gateway = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		gateway.start();
		sms = new HttpTextMessages(new SmsProperties(gateway.baseUrl() + PATH, "AC123", "auth-token", "ALUJRAT"));
	}

	@AfterEach
	void stop() {
		gateway.stop();
	}

	@Test
	void aMessageIsAFormPostWithBasicAuthentication() {
		gateway.stubFor(post(urlEqualTo(PATH)).withBasicAuth("AC123", "auth-token")
			.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
			.withFormParam("To", equalTo("+923001234567"))
			.withFormParam("From", equalTo("ALUJRAT"))
			.withFormParam("Body", equalTo("Al Ujrat code: 123456"))
			.willReturn(aResponse().withStatus(201).withBody("{\"sid\":\"SM1\"}")));

		sms.send("+923001234567", "Al Ujrat code: 123456");

		gateway.verify(1, postRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void aServerErrorIsTriedAgain() {
		gateway.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
		gateway.stubFor(post(urlEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs("recovered")
			.willReturn(aResponse().withStatus(201)));

		sms.send("+923001234567", "hello");

		gateway.verify(2, postRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void aGatewayThatKeepsFailingIsReportedAfterThreeTries() {
		gateway.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(500)));

		assertThatThrownBy(() -> sms.send("+923001234567", "hello")).isInstanceOf(IllegalStateException.class);

		gateway.verify(HttpTextMessages.ATTEMPTS, postRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void aRefusalIsNotTriedAgain() {
		gateway.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401)));

		assertThatThrownBy(() -> sms.send("+923001234567", "hello")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("401");

		gateway.verify(1, postRequestedFor(urlEqualTo(PATH)));
		assertThat(gateway.getAllServeEvents()).hasSize(1);
	}
}
