package com.alujrat.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * WireMock stand-ins for JazzCash's merchant form and Easypaisa's hosted checkout, started once per test JVM (their
 * addresses and test merchant settings go into the system properties every Spring context reads). They check what
 * the platform sends the way the gateways do (JazzCash's HMAC, Easypaisa's AES-encrypted request and inquiry
 * credentials) and answer as the gateways do; {@link #next} chooses the answer: PAID, FAILED, CANCELLED, or TAMPERED
 * (a reply changed after it was signed, or an inquiry that disagrees about the amount).
 */
public class GatewayStandIns implements LauncherSessionListener {

	public static final String JAZZCASH_SALT = "test-integrity-salt";

	public static final String EASYPAISA_KEY = "0123456789abcdef";

	private static final AtomicReference<String> NEXT = new AtomicReference<>("PAID");

	private static WireMockServer server;

	/** How the stand-ins answer the next payments. */
	public static void next(String outcome) {
		NEXT.set(outcome);
	}

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
			.extensions(new JazzCashForm(), new EasypaisaPages()));
		server.start();
		server.stubFor(WireMock.post("/jazzcash/form").willReturn(WireMock.aResponse().withTransformers("jazzcash")));
		server.stubFor(WireMock.any(WireMock.urlPathMatching("/easypaisa/.*"))
			.willReturn(WireMock.aResponse().withTransformers("easypaisa")));
		String base = "http://localhost:" + server.port();
		System.setProperty("alujrat.payments.jazzcash.url", base + "/jazzcash/form");
		System.setProperty("alujrat.payments.jazzcash.merchant-id", "MC-TEST-77");
		System.setProperty("alujrat.payments.jazzcash.password", "test-merchant-password");
		System.setProperty("alujrat.payments.jazzcash.integrity-salt", JAZZCASH_SALT);
		System.setProperty("alujrat.payments.easypaisa.url", base + "/easypaisa");
		System.setProperty("alujrat.payments.easypaisa.store-id", "4711");
		System.setProperty("alujrat.payments.easypaisa.hash-key", EASYPAISA_KEY);
		System.setProperty("alujrat.payments.easypaisa.inquire-url", base + "/easypaisa/inquire");
		System.setProperty("alujrat.payments.easypaisa.account-num", "654321");
		System.setProperty("alujrat.payments.easypaisa.username", "alujrat");
		System.setProperty("alujrat.payments.easypaisa.password", "test-api-password");
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (server != null) {
			server.stop();
		}
	}

	static Map<String, String> form(String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			if (!pair.isEmpty()) {
				String[] kv = pair.split("=", 2);
				fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
						kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
			}
		}
		return fields;
	}

	/** JazzCash's hash, written here from its documentation rather than shared with the code under test. */
	static String jazzCashHash(Map<String, String> fields) {
		String text = JAZZCASH_SALT + "&" + new TreeMap<>(fields).entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("pp_") && !e.getKey().equals("pp_SecureHash") && !e.getValue().isEmpty())
			.map(Map.Entry::getValue)
			.collect(Collectors.joining("&"));
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(JAZZCASH_SALT.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().withUpperCase().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hiddenForm(String action, Map<String, String> fields) {
		StringBuilder html = new StringBuilder("<html><body><form method=\"post\" action=\"" + action + "\">");
		fields.forEach((k, v) -> html.append("<input type=\"hidden\" name=\"").append(k).append("\" value=\"").append(v)
			.append("\">"));
		return html.append("</form></body></html>").toString();
	}

	/** The merchant form: checks the request's hash, answers with a signed response posted back to the return URL. */
	static class JazzCashForm implements ResponseDefinitionTransformerV2 {

		@Override
		public String getName() {
			return "jazzcash";
		}

		@Override
		public boolean applyGlobally() {
			return false;
		}

		@Override
		public ResponseDefinition transform(ServeEvent event) {
			Map<String, String> request = form(event.getRequest().getBodyAsString());
			String outcome = NEXT.get();
			String code = !jazzCashHash(request).equals(request.get("pp_SecureHash")) ? "115"
					: switch (outcome) {
						case "CANCELLED" -> "112";
						case "FAILED" -> "999";
						default -> "000";
					};
			Map<String, String> response = new TreeMap<>();
			for (String field : new String[] { "pp_Version", "pp_TxnType", "pp_Language", "pp_MerchantID",
					"pp_TxnRefNo", "pp_Amount", "pp_TxnCurrency", "pp_TxnDateTime", "pp_BillReference" }) {
				response.put(field, request.getOrDefault(field, ""));
			}
			response.put("pp_ResponseCode", code);
			response.put("pp_ResponseMessage", code.equals("000") ? "Thank you for Using JazzCash" : "Declined");
			response.put("pp_RetreivalReferenceNo", "JC" + Math.abs(request.getOrDefault("pp_TxnRefNo", "").hashCode()));
			response.put("pp_SecureHash", jazzCashHash(response));
			if ("TAMPERED".equals(outcome)) {
				response.put("pp_Amount", "1");
			}
			return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(200)
				.withHeader("Content-Type", "text/html")
				.withBody(hiddenForm(request.get("pp_ReturnURL"), response))
				.build();
		}
	}

	/**
	 * Easypaisa's Index.jsf (decrypts and checks the order, hands back a token), Confirm.jsf (sends the payer to the
	 * post-back address with the status) and the inquire-transaction call (checks its credentials).
	 */
	static class EasypaisaPages implements ResponseDefinitionTransformerV2 {

		private final Map<String, Long> amounts = new java.util.concurrent.ConcurrentHashMap<>();

		@Override
		public String getName() {
			return "easypaisa";
		}

		@Override
		public boolean applyGlobally() {
			return false;
		}

		@Override
		public ResponseDefinition transform(ServeEvent event) {
			String path = event.getRequest().getUrl();
			var response = new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder();
			if (path.endsWith("/easypay/Index.jsf")) {
				Map<String, String> request = form(event.getRequest().getBodyAsString());
				Map<String, String> signed = new TreeMap<>(request);
				signed.remove("merchantHashedReq");
				String expected = signed.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
					.collect(Collectors.joining("&"));
				if (!expected.equals(decrypt(request.get("merchantHashedReq")))) {
					return response.withStatus(400).withBody("Invalid merchantHashedReq").build();
				}
				String ref = request.get("orderRefNum");
				String[] rupees = request.get("amount").split("\\.");
				amounts.put(ref, Long.parseLong(rupees[0]) * 100 + Long.parseLong((rupees[1] + "0").substring(0, 2)));
				return response.withStatus(302)
					.withHeader("Location", request.get("postBackURL") + "?auth_token=TOKEN-" + ref)
					.build();
			}
			if (path.endsWith("/easypay/Confirm.jsf")) {
				Map<String, String> request = form(event.getRequest().getBodyAsString());
				String ref = request.get("auth_token").substring("TOKEN-".length());
				String status = "PAID".equals(NEXT.get()) || "TAMPERED".equals(NEXT.get()) ? "0000" : "0001";
				return response.withStatus(302)
					.withHeader("Location", request.get("postBackURL") + "?status=" + status + "&desc=done&orderRefNumber=" + ref)
					.build();
			}
			String credentials = event.getRequest().getHeader("Credentials");
			String expected = Base64.getEncoder().encodeToString("alujrat:test-api-password".getBytes(StandardCharsets.UTF_8));
			if (!expected.equals(credentials)) {
				return response.withStatus(401).withBody("{\"responseCode\":\"0001\"}").build();
			}
			String ref = event.getRequest().getBodyAsString().replaceAll(".*\"orderId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
			long paisa = amounts.getOrDefault(ref, 0L) + ("TAMPERED".equals(NEXT.get()) ? 100 : 0);
			String status = switch (NEXT.get()) {
				case "PAID", "TAMPERED" -> "PAID";
				default -> "FAILED";
			};
			return response.withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody(String.format(Locale.ROOT, "{\"responseCode\":\"0000\",\"responseDesc\":\"SUCCESS\",\"orderId\":\"%s\","
						+ "\"storeId\":\"4711\",\"transactionStatus\":\"%s\",\"transactionAmount\":\"%d.%02d\","
						+ "\"transactionId\":\"EP%s\"}", ref, status, paisa / 100, paisa % 100, ref.substring(2)))
				.build();
		}

		private static String decrypt(String base64) {
			try {
				Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
				cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(EASYPAISA_KEY.getBytes(StandardCharsets.UTF_8), "AES"));
				return new String(cipher.doFinal(Base64.getDecoder().decode(base64)), StandardCharsets.UTF_8);
			}
			catch (GeneralSecurityException | IllegalArgumentException | NullPointerException ex) {
				return "";
			}
		}
	}
}
