package com.alujrat.payments;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.alujrat.testing.Api;
import com.alujrat.testing.GatewayStandIns;
import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.Marketplace;
import com.alujrat.testing.PlatformTestSupport;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** JazzCash and Easypaisa hosted checkouts against WireMock stand-ins that check what the platform signs. */
@IntegrationTest
class GatewayStandInTests extends PlatformTestSupport {

	private static final Pattern INPUT = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

	/** The form that goes to another site (a gateway, or back from it), with everything up to its end. */
	private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"(https?://[^\"]+)\".*?</form>",
			Pattern.DOTALL);

	private final HttpClient browser = HttpClient.newHttpClient();

	Marketplace market;

	Api employer;

	Api pages;

	Marketplace.Contract contract;

	/** The last JazzCash answer: where the gateway sent the browser, with what. */
	String returnAddress;

	Map<String, String> returnFields;

	@BeforeEach
	void aContract() {
		market = new Marketplace(port, people, outbox, jdbc);
		var person = market.verified("EMPLOYER");
		employer = market.as(person);
		pages = market.as(person).header("Accept", "text/html");
		contract = market.contract(employer, market.as(market.verified("FREELANCER")), 2_500_050, 1_000_000, 700_000,
				300_000);
	}

	@AfterEach
	void answerPaidAgain() {
		GatewayStandIns.next("PAID");
	}

	@Test
	void jazzCashAnswersPaidCancelledFailedOrTamperedAndOnlyAVerifiedPaidAnswerFundsTheMilestone() throws Exception {
		assertThat(jazzCash(contract.milestones().get(0), "PAID").statusCode()).isEqualTo(200);
		HttpResponse<String> browserReturn = send(HttpRequest.newBuilder(URI.create(url(path(returnAddress))))
			.header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(returnFields))).build());
		assertThat(browserReturn.statusCode()).as("a browser without a session comes back to its checkout").isEqualTo(303);
		String back = browserReturn.headers().firstValue("Location").orElseThrow();
		assertThat(back).contains("?handover=");
		assertThat(send(get(url(back))).statusCode()).isEqualTo(200);
		assertThat(send(get(url(back.replaceAll("\\?.*", "")))).statusCode()).isEqualTo(404);
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> "FUNDED".equals(market.milestoneStatus(contract.milestones().get(0))));
		assertThat(status(contract.milestones().get(0))).isEqualTo("PAID");

		assertThat(jazzCash(contract.milestones().get(1), "CANCELLED").statusCode()).isEqualTo(200);
		assertThat(status(contract.milestones().get(1))).isEqualTo("CANCELLED");
		assertThat(jazzCash(contract.milestones().get(2), "FAILED").statusCode()).isEqualTo(200);
		assertThat(status(contract.milestones().get(2))).isEqualTo("FAILED");

		HttpResponse<String> tampered = jazzCash(contract.milestones().get(3), "TAMPERED");
		assertThat(tampered.statusCode()).isEqualTo(400);
		assertThat(tampered.body()).contains("BAD_SIGNATURE");
		assertThat(status(contract.milestones().get(3))).isEqualTo("PENDING");
		assertThat(market.milestoneStatus(contract.milestones().get(3))).isEqualTo("AWAITING_FUNDING");
	}

	@Test
	void easypaisaIsBelievedOnlyWhenItsInquiryConfirmsThePaymentAndItsAmount() throws Exception {
		assertThat(easypaisa(contract.milestones().get(0), "PAID").statusCode()).isEqualTo(200);
		assertThat(status(contract.milestones().get(0))).isEqualTo("PAID");
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> "FUNDED".equals(market.milestoneStatus(contract.milestones().get(0))));

		assertThat(easypaisa(contract.milestones().get(1), "FAILED").statusCode()).isEqualTo(200);
		assertThat(status(contract.milestones().get(1))).isEqualTo("FAILED");

		HttpResponse<String> tampered = easypaisa(contract.milestones().get(2), "TAMPERED");
		assertThat(tampered.statusCode()).isEqualTo(400);
		assertThat(tampered.body()).contains("AMOUNT_MISMATCH");
		assertThat(status(contract.milestones().get(2))).isEqualTo("PENDING");

		Map<String, String> forged = Map.of("status", "0000", "orderRefNumber", "AU000000000000");
		assertThat(send(get(url("/payments/callback/easypaisa?" + encode(forged)))).statusCode()).isEqualTo(400);
	}

	/** Pays through JazzCash's form as a browser would: the platform's page, the gateway, back to the callback. */
	private HttpResponse<String> jazzCash(UUID milestone, String outcome) throws Exception {
		GatewayStandIns.next(outcome);
		String handOver = page("/payments/checkouts/" + open(milestone, "JAZZCASH") + "/go");
		Map<String, String> request = inputs(handOver);
		assertThat(request).containsEntry("pp_Version", "1.1").containsEntry("pp_TxnCurrency", "PKR")
			.containsKey("pp_SecureHash");
		HttpResponse<String> gateway = send(post(action(handOver), request));
		assertThat(gateway.statusCode()).isEqualTo(200);
		returnAddress = action(gateway.body());
		returnFields = inputs(gateway.body());
		return send(post(url(path(action(gateway.body()))), inputs(gateway.body())));
	}

	/** Pays through Easypaisa's two steps as a browser would; the answer of the platform's callback. */
	private HttpResponse<String> easypaisa(UUID milestone, String outcome) throws Exception {
		GatewayStandIns.next(outcome);
		UUID checkout = open(milestone, "EASYPAISA");
		String handOver = page("/payments/checkouts/" + checkout + "/go");
		HttpResponse<String> index = send(post(action(handOver), inputs(handOver)));
		assertThat(index.statusCode()).as(index.body()).isEqualTo(302);
		String tokenPage = page(path(index.headers().firstValue("Location").orElseThrow()));
		HttpResponse<String> confirm = send(post(action(tokenPage), inputs(tokenPage)));
		assertThat(confirm.statusCode()).isEqualTo(302);
		return send(get(url(path(confirm.headers().firstValue("Location").orElseThrow()))));
	}

	private UUID open(UUID milestone, String gateway) {
		Api.Response opened = employer.post("/api/v1/payments/checkouts",
				Map.of("purpose", "MILESTONE", "referenceId", milestone, "gateway", gateway));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		return UUID.fromString(opened.text("checkoutId"));
	}

	private String status(UUID milestone) {
		return jdbc.sql("select status from payments.checkouts where reference_id = ? order by created_at desc limit 1")
			.param(milestone).query(String.class).single();
	}

	private String page(String path) {
		Api.Response page = pages.get(path);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return page.body();
	}

	private static Map<String, String> inputs(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher form = FORM.matcher(html);
		assertThat(form.find()).as(html).isTrue();
		Matcher m = INPUT.matcher(form.group());
		while (m.find()) {
			fields.put(m.group(1), m.group(2).replace("&amp;", "&").replace("&#34;", "\"").replace("&#39;", "'"));
		}
		return fields;
	}

	private static String action(String html) {
		Matcher m = FORM.matcher(html);
		assertThat(m.find()).as(html).isTrue();
		return m.group(1);
	}

	/** The platform's own path and query of an address that names the platform (its base URL may differ in tests). */
	private static String path(String location) {
		URI uri = URI.create(location);
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	private static HttpRequest post(String url, Map<String, String> fields) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
			.build();
	}

	private static HttpRequest get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).GET().build();
	}

	private static String encode(Map<String, String> fields) {
		return fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return browser.send(request, HttpResponse.BodyHandlers.ofString());
	}
}
