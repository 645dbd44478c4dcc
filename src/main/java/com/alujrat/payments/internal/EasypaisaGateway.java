package com.alujrat.payments.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;

import com.alujrat.platform.web.Ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Easypaisa hosted checkout in its two steps: the payer's browser posts the order to the store's Index.jsf
 * ({@code merchantHashedReq} is base64 of AES-128/ECB/PKCS5 under the store's hash key over the sorted
 * {@code key=value} pairs), comes back with an {@code auth_token} that it posts to Confirm.jsf, and Easypaisa then
 * sends the payer to our callback. That callback is not signed, so nothing moves until the inquire-transaction call
 * confirms the payment server to server. Refunds are made by FINANCE in the merchant portal and recorded here.
 */
@Component
public class EasypaisaGateway implements PaymentGateway {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EasypaisaGateway.class);

	private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyyMMdd HHmmss");

	private final PaymentSettings.Easypaisa settings;

	private final String baseUrl;

	private final Clock clock;

	private final RestClient http;

	private final CheckoutStore checkouts;

	private final HandOver handOver;

	EasypaisaGateway(PaymentSettings settings, @Value("${alujrat.base-url}") String baseUrl, Clock clock,
			CheckoutStore checkouts, HandOver handOver) {
		this.handOver = handOver;
		this.settings = settings.easypaisa();
		this.baseUrl = baseUrl;
		this.clock = clock;
		this.checkouts = checkouts;
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(java.time.Duration.ofSeconds(5));
		requests.setReadTimeout(java.time.Duration.ofSeconds(10));
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	@Override
	public Gateway gateway() {
		return Gateway.EASYPAISA;
	}

	@Override
	public boolean enabled() {
		return settings.configured();
	}

	@Override
	public Redirect start(Checkout checkout) {
		Map<String, String> fields = new TreeMap<>();
		fields.put("amount", rupees(checkout.amount()));
		fields.put("autoRedirect", "1");
		fields.put("expiryDate", LocalDateTime.ofInstant(checkout.expiresAt(), Ui.KARACHI).format(EXPIRY));
		fields.put("orderRefNum", checkout.ref());
		fields.put("paymentMethod", settings.paymentMethod());
		fields.put("postBackURL", baseUrl + "/payments/easypaisa/" + checkout.id() + "/token/" + handOver.token(checkout));
		fields.put("storeId", settings.storeId());
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("merchantHashedReq", encrypt(fields));
		return new Redirect(settings.url() + "/easypay/Index.jsf", form);
	}

	/** The second step: the payer's browser posts the token Easypaisa handed back to Confirm.jsf. */
	public Redirect confirmStep(Checkout checkout, String authToken) {
		return new Redirect(settings.url() + "/easypay/Confirm.jsf", Map.of("auth_token", authToken, "postBackURL",
				baseUrl + "/payments/callback/easypaisa/" + handOver.token(checkout)));
	}

	@Override
	public Confirmation confirm(Map<String, String> callback) {
		String ref = callback.get("orderRefNumber");
		Checkout checkout = ref == null ? null
				: checkouts.byRef(ref).filter(c -> c.gateway() == Gateway.EASYPAISA).orElse(null);
		if (checkout == null) {
			throw new CallbackRefused("UNKNOWN_CHECKOUT");
		}
		if (checkout.status() == Checkout.Status.PAID) {
			// Already confirmed: a repeated post-back does not make Easypaisa answer again.
			return new Confirmation(checkout.ref(), checkout.gatewayTxn(), checkout.amount(), checkout.currency(),
					Outcome.PAID, clock.instant());
		}
		return inquire(checkout).orElseThrow(() -> new CallbackRefused("NOT_CONFIRMED"));
	}

	@Override
	public Optional<Confirmation> inquire(Checkout checkout) {
		JsonNode answer;
		try {
			answer = http.post()
				.uri(settings.inquireUrl())
				.contentType(MediaType.APPLICATION_JSON)
				.header("Credentials", Base64.getEncoder()
					.encodeToString((settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8)))
				.body(Map.of("orderId", checkout.ref(), "storeId", settings.storeId(), "accountNum",
						settings.accountNum() == null ? "" : settings.accountNum()))
				.retrieve()
				.body(JsonNode.class);
		}
		catch (RestClientException ex) {
			log.warn("Easypaisa inquiry about {} failed: {}", checkout.ref(), ex.getMessage());
			return Optional.empty();
		}
		if (answer == null || !"0000".equals(answer.path("responseCode").asString(""))
				|| !checkout.ref().equals(answer.path("orderId").asString(""))) {
			log.warn("Easypaisa could not say how {} went: response code {}", checkout.ref(),
					answer == null ? null : answer.path("responseCode").asString(""));
			return Optional.empty();
		}
		Outcome outcome = switch (answer.path("transactionStatus").asString("")) {
			case "PAID" -> Outcome.PAID;
			case "FAILED", "DROPPED", "REVERSED", "EXPIRED" -> Outcome.FAILED;
			default -> Outcome.PENDING;
		};
		try {
			return Optional.of(new Confirmation(checkout.ref(), answer.path("transactionId").asString(checkout.ref()),
					paisa(answer.path("transactionAmount").asString("")), "PKR", outcome, clock.instant()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@Override
	public RefundResult refund(Checkout checkout, long paisa) {
		return new RefundResult(false, null);
	}

	String encrypt(Map<String, String> fields) {
		String text = new TreeMap<>(fields).entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("&"));
		try {
			Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
			cipher.init(Cipher.ENCRYPT_MODE,
					new SecretKeySpec(settings.hashKey().getBytes(StandardCharsets.UTF_8), "AES"));
			return Base64.getEncoder().encodeToString(cipher.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Easypaisa's hash key must be 16 characters (AES-128)", ex);
		}
	}

	/** Easypaisa writes amounts in rupees with a decimal point ("1500.0"); read and written without floating point. */
	static String rupees(long paisa) {
		return paisa / 100 + "." + String.format(java.util.Locale.ROOT, "%02d", paisa % 100);
	}

	static long paisa(String rupees) {
		String[] parts = rupees.strip().split("\\.", -1);
		if (parts.length > 2 || parts[0].isEmpty()) {
			throw new NumberFormatException(rupees);
		}
		String fraction = parts.length == 2 ? (parts[1] + "00").substring(0, 2) : "00";
		if (parts.length == 2 && parts[1].length() > 2 && !parts[1].substring(2).matches("0*")) {
			throw new NumberFormatException(rupees);
		}
		return Math.addExact(Math.multiplyExact(Long.parseLong(parts[0]), 100), Long.parseLong(fraction));
	}
}
