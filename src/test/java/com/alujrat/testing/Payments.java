package com.alujrat.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.alujrat.payments.internal.CheckoutStore;
import com.alujrat.payments.internal.PaymentGateway;
import com.alujrat.payments.internal.SandboxGateway;

/** Paying in tests: open a checkout as the payer, then answer it the way the sandbox gateway's page does. */
public final class Payments {

	private final int port;

	private final SandboxGateway sandbox;

	private final CheckoutStore checkouts;

	private final HttpClient http = HttpClient.newHttpClient();

	public Payments(int port, SandboxGateway sandbox, CheckoutStore checkouts) {
		this.port = port;
		this.sandbox = sandbox;
		this.checkouts = checkouts;
	}

	/** Opens a sandbox checkout for {@code purpose} and {@code reference} as {@code payer}; its id. */
	public UUID open(Api payer, String purpose, UUID reference) {
		Api.Response opened = payer.post("/api/v1/payments/checkouts",
				Map.of("purpose", purpose, "referenceId", reference, "gateway", "SANDBOX"));
		if (opened.status() != 201) {
			throw new AssertionError("Checkout refused: " + opened.body());
		}
		return UUID.fromString(opened.text("checkoutId"));
	}

	/** Opens and pays; the checkout's id. */
	public UUID pay(Api payer, String purpose, UUID reference) {
		UUID checkout = open(payer, purpose, reference);
		int status = callback(answer(checkout, PaymentGateway.Outcome.PAID));
		if (status != 200) {
			throw new AssertionError("Callback refused: " + status);
		}
		return checkout;
	}

	/** The signed callback the sandbox sends for {@code outcome}. */
	public Map<String, String> answer(UUID checkout, PaymentGateway.Outcome outcome) {
		return sandbox.answer(checkouts.find(checkout).orElseThrow(), outcome);
	}

	/** Posts a callback as a gateway's server would (a form, no session, no CSRF token); the status. */
	public int callback(Map<String, String> fields) {
		return callback("sandbox", fields).statusCode();
	}

	public HttpResponse<String> callback(String gateway, Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/payments/callback/" + gateway))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
