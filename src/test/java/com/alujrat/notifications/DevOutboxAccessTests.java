package com.alujrat.notifications;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.alujrat.testing.Api;
import com.alujrat.testing.Browserless;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.PlatformTestSupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox holds reset links and phone codes: only this machine reads it, and every page says it is on. */
@IntegrationTest
class DevOutboxAccessTests extends PlatformTestSupport {

	@Test
	void theOutboxAnswersOnlyRequestsFromThisMachine() throws Exception {
		Api fromElsewhere = new Api(port);
		assertThat(fromElsewhere.get("/api/v1/dev/outbox").status()).isEqualTo(404);
		assertThat(new Browserless(port).get("/dev/outbox").statusCode()).isEqualTo(404);

		HttpResponse<String> local = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/dev/outbox"))).header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(local.statusCode()).isEqualTo(200);
	}

	@Test
	void aRequestFromAnotherMachineCannotClaimToBeLocalhost() throws Exception {
		java.net.InetAddress lan = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())
			.stream()
			.flatMap(network -> java.util.Collections.list(network.getInetAddresses()).stream())
			.filter(address -> address instanceof java.net.Inet4Address && !address.isLoopbackAddress())
			.findFirst()
			.orElse(null);
		org.junit.jupiter.api.Assumptions.assumeTrue(lan != null, "this machine has a network address besides loopback");

		HttpResponse<String> forged = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://" + lan.getHostAddress() + ":" + port + "/api/v1/dev/outbox"))
				.header("X-Forwarded-For", "127.0.0.1")
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(404);
	}

	@Test
	void everyPageShowsTheDevelopmentBarWhileTheOutboxIsOn() {
		for (String page : java.util.List.of("/", "/login", "/signup", "/privacy")) {
			assertThat(new Browserless(port).get(page).body()).as(page).contains("data-testid=\"dev-bar\"")
				.contains("go to the outbox");
		}
	}
}
